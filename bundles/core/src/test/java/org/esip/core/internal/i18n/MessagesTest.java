package org.esip.core.internal.i18n;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/**
 * The core's texts in Chinese first and in English, each formatted from its pattern parsed once per language (issue
 * 16): the two languages never mix, and what is not found is shown as its key.
 */
public class MessagesTest {

    @Test
    public void aTextIsGivenInChineseAndInEnglishWithItsValues() {
        assertEquals("最多允许 200 个字符", Messages.zh("field.too-long", 200));
        assertEquals("At most 200 characters are allowed", Messages.en("field.too-long", 200));
    }

    @Test
    public void anUnknownKeyIsShownAsItIsEveryTime() {
        assertEquals("no.such.key", Messages.zh("no.such.key"));
        assertEquals("no.such.key", Messages.zh("no.such.key"));
        assertEquals("no.such.key", Messages.en("no.such.key", 1));
    }

    @Test
    public void aLongValueIsCutInTheText() {
        String value = "x".repeat(Messages.MAX_ECHO + 10);
        assertEquals("At most " + "x".repeat(Messages.MAX_ECHO) + "…(" + value.length() + ") characters are allowed",
                Messages.en("field.too-long", value));
    }
}
