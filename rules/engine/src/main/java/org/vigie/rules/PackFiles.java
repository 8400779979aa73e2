package org.vigie.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists and reads the files of a rule pack, from a directory or from a classpath folder (in a jar or not). */
public final class PackFiles {

    /** Where packaged packs live on the classpath: {@code /rules/<pack>/}. */
    public static final String CLASSPATH_ROOT = "rules/";

    private PackFiles() {
    }

    /** Every regular file under {@code dir}, recursively, sorted by relative name. */
    public static List<PackFile> fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir);
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<PackFile> files = new ArrayList<>();
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                files.add(new PackFile(name, Files.readString(p, StandardCharsets.UTF_8)));
            }
            files.sort(Comparator.comparing(PackFile::name));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule pack " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every file under classpath folder {@code /rules/<pack>/}, recursively, sorted by relative name.
     *
     * @throws IllegalArgumentException if the folder is not on the classpath
     */
    public static List<PackFile> fromClasspath(ClassLoader loader, String pack) {
        String folder = CLASSPATH_ROOT + pack + "/";
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new IllegalArgumentException("no rule pack '" + pack + "' on the classpath (/" + folder + ")");
        }
        try {
            if (url.getProtocol().equals("file")) {
                return fromDirectory(Path.of(url.toURI()));
            }
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                // No cache: a cached JarFile stays open and would be shared with, and closed by, other readers.
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    return fromJar(file, jar.getEntryName() == null ? folder : jar.getEntryName());
                }
            }
            throw new IllegalArgumentException("cannot list rule pack at " + url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule pack at " + url + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad rule pack location " + url, e);
        }
    }

    private static List<PackFile> fromJar(JarFile jar, String folder) throws IOException {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        List<PackFile> files = new ArrayList<>();
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                try (InputStream in = jar.getInputStream(entry)) {
                    files.add(new PackFile(entry.getName().substring(prefix.length()),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        files.sort(Comparator.comparing(PackFile::name));
        return files;
    }
}
