/**
 * The policy line's matching core, private to the bundle and free of OSGi and JPA: {@link
 * org.esip.line.policy.rules.RuleEvaluator} explains one enterprise against one policy; {@link
 * org.esip.line.policy.rules.MatchIndex} answers both directions over many of each (clause 5.2.1.2). Texts for
 * people are in {@code Messages_zh_CN.properties} and {@code Messages.properties} beside these classes.
 */
package org.esip.line.policy.rules;
