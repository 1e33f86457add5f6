package org.esip.line.training.api;

/** What a course teaches (clause 5.2.3.1), Chinese first. */
public enum TrainingTopic {
    MANAGEMENT("经营管理", "Business management"),
    TECHNICAL_SKILLS("技术技能", "Technical skills"),
    FINANCING("投融资", "Investment and financing"),
    DIGITAL("数字化", "Digitalisation"),
    WORK_SAFETY("安全生产", "Work safety"),
    POLICY("政策解读", "Policy briefings"),
    MARKETING("市场营销", "Marketing"),
    ENTREPRENEURSHIP("创业指导", "Start-up guidance"),
    OTHER("其他", "Other");

    private final String nameZh;
    private final String nameEn;

    TrainingTopic(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
