package dev.zenneural.core.backend;

/** A backend was asked for that cannot run here; the message says why and what fixes it. */
public final class BackendUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackendUnavailableException(String message) {
        super(message);
    }

    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The exception for a probe that found the backend unavailable. */
    public static BackendUnavailableException of(BackendProbe probe) {
        String fix = probe.fix().isEmpty() ? "" : " (" + probe.fix() + ")";
        return new BackendUnavailableException("backend '" + probe.backend() + "' is unavailable: "
                + probe.problem() + fix);
    }
}
