package dev.taipan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import dev.taipan.compiler.SymbolTable;
import dev.taipan.parser.InputMode;
import dev.taipan.parser.Parser;
import dev.taipan.parser.SourceDecoder;
import dev.taipan.parser.SourceLines;
import dev.taipan.parser.ast.Mod;

/**
 * The front end's throughput on CPython's Lib: each pass tokenizes, parses and builds the symbol
 * table of every .py file (decoding happens once, before timing). Prints each pass's time; the
 * best of the later passes is the warm figure.
 *
 * <p>Usage: {@code ParseLibBenchmark [PASSES [LIB_DIRECTORY]]}, by default 20 passes over the
 * standalone distribution's lib-python/3.12.
 */
public final class ParseLibBenchmark {
    private ParseLibBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path lib = Path.of(args.length > 1 ? args[1] : "component/target/taipan/lib-python/3.12");
        List<String> sources = readSources(lib);
        long chars = sources.stream().mapToLong(String::length).sum();
        System.out.printf("%d files, %.1f MB of source in %s%n", sources.size(), chars / 1e6, lib);
        long[] times = new long[passes];
        long statements = 0;
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            for (String source : sources) {
                Mod.Module mod = (Mod.Module) Parser.parse(source, InputMode.FILE);
                SymbolTable.build(mod, new SourceLines(source), false);
                statements += mod.body().size();
            }
            times[pass] = System.nanoTime() - start;
            System.out.printf("pass %2d: %6d ms (%d top-level statements)%n", pass + 1, times[pass] / 1_000_000, statements);
            statements = 0;
        }
        long[] warm = Arrays.copyOfRange(times, passes / 2, passes);
        Arrays.sort(warm);
        System.out.printf("warm (passes %d-%d): best %d ms, median %d ms per pass over the whole Lib%n", passes / 2 + 1, passes, warm[0] / 1_000_000,
                        warm[warm.length / 2] / 1_000_000);
    }

    private static List<String> readSources(Path lib) throws IOException {
        if (!Files.isDirectory(lib)) {
            throw new IOException("no Lib directory at " + lib + " (build the distribution first, or pass the directory)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(lib)) {
            files = s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
        List<String> sources = new ArrayList<>();
        for (Path f : files) {
            try {
                sources.add(SourceDecoder.decode(Files.readAllBytes(f)));
            } catch (SourceDecoder.DecodingException e) {
                throw new IOException(f + ": " + e.getMessage(), e);
            }
        }
        return sources;
    }
}
