package dev.zenneural.tools.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** {@code zen --version}: the project version (written into a resource at build time) and the JVM. */
public final class ZenVersion implements CommandLine.IVersionProvider {

    /** The version of the zen stack this command belongs to. */
    public static String projectVersion() {
        try (InputStream in = ZenVersion.class.getResourceAsStream("/dev/zenneural/tools/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from zen-tools: a broken build");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "zen " + projectVersion(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")",
        };
    }
}
