package org.esip.core.internal.content;

import java.util.Optional;

import org.esip.core.api.FileStore;
import org.esip.core.api.StoredFile;
import org.esip.core.internal.i18n.Violations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/** The one place for what a file may be; the size limit is {@code attachmentMaxMegabytes} of the ticketing configuration. */
@Component(service = FileStore.class, configurationPid = "org.esip.ticketing")
public class FileStoreImpl implements FileStore {
    private final ContentStore store;
    private volatile int maxMegabytes;

    /** The one setting read here, from {@code etc/org.esip.ticketing.cfg}. */
    public @interface Limits {
        int attachmentMaxMegabytes() default 20;
    }

    @Activate
    public FileStoreImpl(@Reference ContentStore store, Limits limits) {
        this(store, limits.attachmentMaxMegabytes());
    }

    FileStoreImpl(ContentStore store, int maxMegabytes) {
        this.store = store;
        this.maxMegabytes = maxMegabytes;
    }

    /** Any edit of the ticketing configuration: the size limit changes, the store stays published. */
    @Modified
    void modified(Limits limits) {
        this.maxMegabytes = limits.attachmentMaxMegabytes();
    }

    @Override
    public StoredFile store(String fileName, byte[] content) {
        Violations v = new Violations();
        String name = v.requireText("filename", fileName, 255);
        if (name != null && (name.contains("/") || name.contains("\\") || name.chars().anyMatch(Character::isISOControl))) {
            v.add("filename", "attachment.name-invalid");
        }
        v.throwIfAny();
        if (content == null || content.length == 0) {
            v.add("file", "attachment.empty").throwIfAny();
        }
        if (content.length > maxMegabytes * 1024L * 1024L) {
            v.add("file", "attachment.too-large", maxMegabytes).throwIfAny();
        }
        String type = FileTypes.recognise(name, content).orElse(null);
        if (type == null) {
            v.add("file", "attachment.type", FileTypes.accepted()).throwIfAny();
        }
        return new StoredFile(name, type, content.length, store.put(content));
    }

    @Override
    public Optional<byte[]> read(String sha256) {
        return sha256 == null || !sha256.matches("[0-9a-f]{64}") ? Optional.empty() : store.read(sha256);
    }
}
