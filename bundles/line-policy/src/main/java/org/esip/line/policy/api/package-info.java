/** The policy line (帮企云, clause 5.2.1): the policy library and what is built on it. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.esip.line.policy.api;
