/** The Taipan Truffle language (language id "taipan"). */
module dev.taipan.language {
    requires org.graalvm.truffle;
    requires org.graalvm.polyglot;
    requires java.management;
    requires java.xml;
    requires jdk.unsupported;

    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with dev.taipan.TaipanLanguageProvider;
}
