package dev.taipan;

import org.graalvm.options.OptionDescriptors;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;

/** The Truffle language "taipan": Python 3.12. */
@TruffleLanguage.Registration(id = TaipanLanguage.ID, name = "Taipan", implementationName = "Taipan", version = TaipanLanguage.PYTHON_VERSION, //
                characterMimeTypes = TaipanLanguage.MIME_TYPE, defaultMimeType = TaipanLanguage.MIME_TYPE, fileTypeDetectors = TaipanFileDetector.class, //
                interactive = true, contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE, website = "https://taipan.dev")
@ProvidedTags({StandardTags.RootTag.class, StandardTags.RootBodyTag.class, StandardTags.StatementTag.class, StandardTags.CallTag.class, StandardTags.ExpressionTag.class})
public final class TaipanLanguage extends TruffleLanguage<TaipanContext> {
    public static final String ID = "taipan";
    public static final String MIME_TYPE = "text/x-python";
    public static final String PYTHON_VERSION = "3.12";

    @Override
    protected TaipanContext createContext(Env env) {
        return new TaipanContext(this, env);
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new TaipanOptionsOptionDescriptors();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
