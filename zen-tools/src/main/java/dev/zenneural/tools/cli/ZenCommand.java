package dev.zenneural.tools.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code zen} command line. Exit codes: 0 success, 1 failure, 2 usage error. A user mistake is
 * one line on stderr; {@code --debug} adds the stack trace.
 */
@Command(name = "zen",
        mixinStandardHelpOptions = true,
        versionProvider = ZenVersion.class,
        description = "Neural networks and time-series forecasting for the JVM.",
        subcommands = {TrainCommand.class, TestCommand.class, RunCommand.class, ForecastCommand.class,
            BenchCommand.class, CvCommand.class, DemoCommand.class, DevicesCommand.class,
            picocli.AutoComplete.GenerateCompletion.class,
            CommandLine.HelpCommand.class})
public final class ZenCommand implements Runnable {

    /** Exit code of a command that failed for a reason other than its usage. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code of a command line that could not be parsed. */
    public static final int EXIT_USAGE = 2;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Whether stdout and stderr are a terminal (live progress bars) rather than a file or pipe. */
    boolean terminal;

    @Override
    public void run() {
        // Without a subcommand there is nothing to do but explain what there is.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(false, out, err, args);
    }

    static int execute(boolean terminal, PrintWriter out, PrintWriter err, String... args) {
        ZenCommand root = new ZenCommand();
        root.terminal = terminal;
        CommandLine cli = new CommandLine(root);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_FAILURE);
        cli.setParameterExceptionHandler((e, argv) -> {
            e.getCommandLine().getErr().println("zen: " + e.getMessage()
                    + " (see 'zen " + qualifiedName(e.getCommandLine()) + "--help')");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter w = commandLine.getErr();
            w.println("zen: " + describe(e));
            if (root.debug) {
                e.printStackTrace(w);
            }
            return EXIT_FAILURE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** One line for a failure: the message, with what the JDK leaves out of file errors. */
    static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return f.getReason() == null ? "no such file: " + f.getFile() : f.getFile() + ": " + f.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() == null ? f.getClass().getSimpleName() : f.getReason());
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static String qualifiedName(CommandLine commandLine) {
        String name = commandLine.getCommandSpec().qualifiedName(" ");
        return name.equals("zen") ? "" : name.substring("zen ".length()) + " ";
    }

    public static void main(String[] args) {
        // System.console() is there only when stdin and stdout are both a terminal.
        int code = execute(System.console() != null, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args);
        System.exit(code);
    }
}
