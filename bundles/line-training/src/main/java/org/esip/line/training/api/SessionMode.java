package org.esip.line.training.api;

/** Where a session takes place. */
public enum SessionMode {
    /** 线下：a venue, e.g. in an industrial park. */
    OFFLINE,
    /** 送培训进企业：at one enterprise's premises. */
    AT_ENTERPRISE,
    /** 线上：a live stream of the 码上直播 channel, with its replay afterwards. */
    ONLINE
}
