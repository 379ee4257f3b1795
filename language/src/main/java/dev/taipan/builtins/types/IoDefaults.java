package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.TaipanOptions;

/** Defaults of the io stack that depend on the process: the locale encoding. */
public final class IoDefaults {
    private IoDefaults() {
    }

    /** "utf-8" in UTF-8 mode (-X utf8, PYTHONUTF8=1), else the (always UTF-8) locale's "UTF-8". */
    @TruffleBoundary
    public static String localeEncoding() {
        var env = TaipanContext.get(null).getEnv();
        String x = env.getOptions().get(TaipanOptions.XOptions);
        if (x != null) {
            for (String o : x.split("\n")) {
                if (o.equals("utf8") || o.equals("utf8=1")) {
                    return "utf-8";
                }
            }
        }
        if ("1".equals(env.getEnvironment().get("PYTHONUTF8"))) {
            return "utf-8";
        }
        return "UTF-8";
    }
}
