package dev.taipan;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.Option;

/**
 * The language's options ({@code --taipan.Name=value} on the command line,
 * {@code Context.Builder.option("taipan.Name", value)} for embedders). Most mirror a CPython
 * command-line flag that the launcher translates; they show up in {@code sys.flags}.
 */
@Option.Group(TaipanLanguage.ID)
public final class TaipanOptions {
    private TaipanOptions() {
    }

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "Do not import the site module on start-up (-S).") //
    public static final OptionKey<Boolean> NoSite = new OptionKey<>(false);

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "Ignore PYTHON* environment variables (-E).") //
    public static final OptionKey<Boolean> IgnoreEnvironment = new OptionKey<>(false);

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "Isolated mode (-I): implies -E, -P and -s.") //
    public static final OptionKey<Boolean> Isolated = new OptionKey<>(false);

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "Do not prepend the script's directory to sys.path (-P).") //
    public static final OptionKey<Boolean> SafePath = new OptionKey<>(false);

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "Do not add the user site directory to sys.path (-s).") //
    public static final OptionKey<Boolean> NoUserSite = new OptionKey<>(false);

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "Do not write .pyc files (-B); Taipan never writes them.") //
    public static final OptionKey<Boolean> DontWriteBytecode = new OptionKey<>(false);

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "Unbuffered stdout and stderr (-u).") //
    public static final OptionKey<Boolean> Unbuffered = new OptionKey<>(false);

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "Inspect interactively after running the script (-i).") //
    public static final OptionKey<Boolean> Inspect = new OptionKey<>(false);

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "Verbosity level (-v, repeatable).") //
    public static final OptionKey<Integer> Verbose = new OptionKey<>(0);

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "Quiet mode (-q): no version banner in the REPL.") //
    public static final OptionKey<Boolean> Quiet = new OptionKey<>(false);

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "Optimisation level (-O, -OO): removes asserts, then docstrings.") //
    public static final OptionKey<Integer> Optimize = new OptionKey<>(0);

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "Warn about str(bytes) (-b, repeatable).") //
    public static final OptionKey<Integer> BytesWarning = new OptionKey<>(0);

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "Warning filters (-W), one per line.") //
    public static final OptionKey<String> WarnOptions = new OptionKey<>("");

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "Implementation-specific options (-X), one per line.") //
    public static final OptionKey<String> XOptions = new OptionKey<>("");

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "The value of sys.executable.") //
    public static final OptionKey<String> Executable = new OptionKey<>("");

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "Directory holding CPython's pure-Python standard library (Lib); found automatically when empty.") //
    public static final OptionKey<String> StdLibHome = new OptionKey<>("");

    @Option(category = OptionCategory.USER, stability = OptionStability.STABLE, help = "Request a full collection once the heap has grown past twice its live data (and by 256 MiB), " +
                    "so that memory stays near the live data and finalizers run (see HeapPacer); turn it off when the host application manages the heap.") //
    public static final OptionKey<Boolean> HeapPacing = new OptionKey<>(true);

    @Option(category = OptionCategory.INTERNAL, stability = OptionStability.EXPERIMENTAL, help = "Compile nested functions eagerly instead of on first call.") //
    public static final OptionKey<Boolean> EagerCompile = new OptionKey<>(false);
}
