package org.esip.core.internal.crypto;

import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * Stores a text attribute encrypted ({@link FieldCipher}): put {@code @Convert(converter =
 * EncryptedString.class)} on personal data. The column must hold about 4/3 × (UTF-8 length + 28) + 5
 * characters; VARCHAR(512) is enough for a 300-byte value.
 */
@Converter(autoApply = false)
public class EncryptedString implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plain) {
        return plain == null ? null : DataKey.cipher().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : DataKey.cipher().decrypt(stored);
    }
}
