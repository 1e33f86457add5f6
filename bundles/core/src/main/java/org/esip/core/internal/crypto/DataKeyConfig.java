package org.esip.core.internal.crypto;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.esip.crypto.cfg}: where the key that encrypts personal data at rest is kept. */
@ObjectClassDefinition(id = DataKeyConfig.PID, name = "esip data key (个人信息加密密钥)",
        description = "The AES-256 key that encrypts phone numbers, ID numbers and e-mail addresses in the database. "
                + "Keep it outside the database and back it up separately; nodes sharing one database need the same key.")
public @interface DataKeyConfig {
    String PID = "org.esip.crypto";

    @AttributeDefinition(name = "Key file", description = "Path of the key file, relative to Karaf's etc folder "
            + "unless absolute; created with a new random key (owner-only permissions) when missing. "
            + "The environment variable ESIP_DATA_KEY (Base64 of 32 bytes) takes precedence when set.")
    String keyFile() default "esip-data.key";
}
