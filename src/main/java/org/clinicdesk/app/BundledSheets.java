package org.clinicdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import org.clinicdesk.domain.sheet.BundledSheet;

/** Reads the bundled sheets packaged at {@code db/sheets/} on the class path, from a folder or from the jar. */
public final class BundledSheets {
    static final String FOLDER = "db/sheets/";

    private BundledSheets() {
    }

    /** Loads the missing bundled sheets into the database (drafts, or approved in the demo). */
    public static int ensureLoaded(AppContext context) {
        return context.bundledSheetLoader().load(read(), context.demo());
    }

    public static List<BundledSheet> read() {
        List<BundledSheet> sheets = new ArrayList<>();
        for (String name : fileNames()) {
            try (InputStream in = BundledSheets.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
                sheets.add(BundledSheet.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sheets;
    }

    private static List<String> fileNames() {
        URL url = BundledSheets.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false); // closing a cached JarFile would close it for the class loader too
                try (JarFile jar = connection.getJarFile()) {
                    Collections.list(jar.entries()).stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(FOLDER) && n.endsWith(".md"))
                            .forEach(n -> names.add(n.substring(FOLDER.length())));
                }
            } else {
                try (var files = Files.list(Path.of(url.toURI()))) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Collections.sort(names);
        return names;
    }
}
