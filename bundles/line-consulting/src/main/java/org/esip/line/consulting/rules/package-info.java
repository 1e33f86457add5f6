/** The explained two-way match of supplies and demands (clause 5.2.5): pure Java, no OSGi, no database. */
package org.esip.line.consulting.rules;
