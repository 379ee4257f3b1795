package dev.taipan;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Finds CPython's pure-Python standard library: the {@code taipan.StdLibHome} option (the
 * launcher passes the standalone's copy), else the {@code org.graalvm.python:python-resources}
 * jar on the class/module path, unpacked once into a cache directory.
 */
final class StdlibLocator {
    private StdlibLocator() {
    }

    private static final String PREFIX = "META-INF/resources/libpython/";

    @TruffleBoundary
    static String locate(String option) {
        if (option != null && !option.isEmpty()) {
            return option;
        }
        String env = System.getenv("TAIPAN_STDLIB");
        if (env != null && !env.isEmpty()) {
            return env;
        }
        try {
            return unpackFromResources();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String unpackFromResources() throws IOException {
        URL marker = findResource(PREFIX + "os.py");
        if (marker == null) {
            return null;
        }
        String home = System.getProperty("user.home", ".");
        String cacheRoot = System.getenv("XDG_CACHE_HOME");
        Path base = cacheRoot != null && !cacheRoot.isEmpty() ? Paths.get(cacheRoot) : Paths.get(home, ".cache");
        Path dir = base.resolve("taipan").resolve("lib-python-" + TaipanVersion.GRAALVM).resolve("3.12");
        Path done = dir.resolve(".complete");
        if (Files.exists(done)) {
            return dir.toString();
        }
        URLConnection conn = marker.openConnection();
        if (!(conn instanceof JarURLConnection jc)) {
            return null;
        }
        Path tmp = Files.createTempDirectory(ensure(base.resolve("taipan")), "unpack");
        try (JarFile jar = new JarFile(jc.getJarFileURL().getPath())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.isDirectory() || !e.getName().startsWith(PREFIX)) {
                    continue;
                }
                Path target = tmp.resolve(e.getName().substring(PREFIX.length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = jar.getInputStream(e)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(dir.getParent());
        try {
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // another process won the race; use its copy
        }
        if (!Files.exists(done)) {
            try {
                Files.createFile(done);
            } catch (IOException e) {
                // created concurrently
            }
        }
        return dir.toString();
    }

    private static Path ensure(Path p) throws IOException {
        Files.createDirectories(p);
        return p;
    }

    private static URL findResource(String name) {
        ClassLoader[] loaders = {Thread.currentThread().getContextClassLoader(), StdlibLocator.class.getClassLoader(), ClassLoader.getSystemClassLoader()};
        for (ClassLoader l : loaders) {
            if (l != null) {
                URL u = l.getResource(name);
                if (u != null) {
                    return u;
                }
            }
        }
        return null;
    }
}
