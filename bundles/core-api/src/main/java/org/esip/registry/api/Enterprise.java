package org.esip.registry.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An enterprise the platform serves (服务对象, clause 4.4.2).
 *
 * @param id                  the platform's identifier
 * @param creditCode          unified social credit code (统一社会信用代码, GB 32100-2015)
 * @param name                registered name
 * @param regionCode          administrative division (GB/T 2260, 6 digits)
 * @param township            township or street (乡镇/街道)
 * @param address             address
 * @param industryCode        GB/T 4754-2017 code, e.g. {@code C3823}
 * @param industryName        the code's Chinese name (its division, or its section)
 * @param legalRepresentative 法定代表人
 * @param contactPerson       联系人
 * @param contactPhone        联系电话 (personal data, encrypted at rest)
 * @param contactEmail        电子邮箱 (personal data, encrypted at rest)
 * @param employees           从业人员 (persons)
 * @param annualRevenue       营业收入, 万元 (10,000 CNY)
 * @param totalAssets         资产总额, 万元 (10,000 CNY)
 * @param foundedOn           成立日期
 * @param size                enterprise size, {@code null} when the data do not decide it
 * @param sizeOverridden      true when staff set the size instead of the rules
 * @param sizeOverride        the size staff set, {@code null} when the rules decide (what an update sends back
 *                            to keep the staff's decision)
 * @param sizeSource          COMPUTED, OVERRIDDEN or UNKNOWN
 * @param qualifications      qualifications and honours, each flagged when expired
 * @param tags                all tags, controlled and free
 * @param freeTags            the tags that are not (or no longer) in the controlled vocabulary; the
 *                            controlled ones are {@code tags} minus {@code freeTags}
 * @param status              ACTIVE or RETIRED
 * @param retiredAt           when it was retired, {@code null} while active
 * @param retireReason        why it was retired
 * @param createdAt           when it was registered on the platform
 * @param version             optimistic-lock version
 */
public record Enterprise(long id, String creditCode, String name, String regionCode, String township, String address,
        String industryCode, String industryName, String legalRepresentative, String contactPerson,
        String contactPhone, String contactEmail, Integer employees, BigDecimal annualRevenue, BigDecimal totalAssets,
        LocalDate foundedOn, EnterpriseSize size, boolean sizeOverridden, EnterpriseSize sizeOverride,
        SizeSource sizeSource, List<Qualification> qualifications, Set<String> tags, Set<String> freeTags,
        EnterpriseStatus status, Instant retiredAt, String retireReason, Instant createdAt, long version) {
    public Enterprise {
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        freeTags = freeTags == null ? Set.of() : Set.copyOf(freeTags);
    }
}
