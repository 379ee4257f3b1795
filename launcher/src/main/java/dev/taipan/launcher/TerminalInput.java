package dev.taipan.launcher;

import java.io.IOException;
import java.nio.file.Path;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** A terminal with line editing and a history kept in ~/.taipan_history (JLine 3). */
final class TerminalInput implements LineInput {
    private final Terminal terminal;
    private final LineReader reader;

    TerminalInput() throws IOException {
        terminal = TerminalBuilder.builder().system(true).build();
        reader = LineReaderBuilder.builder().terminal(terminal).appName("taipan") //
                        .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".taipan_history")) //
                        .variable(LineReader.SECONDARY_PROMPT_PATTERN, "") //
                        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) //
                        .option(LineReader.Option.INSERT_TAB, true) //
                        .build();
    }

    @Override
    public String readLine(String prompt) throws Interrupted {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException e) {
            // nothing useful to do when the terminal goes away
        }
    }
}
