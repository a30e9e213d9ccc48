package io.crosssell.addon;

/** An add-on request that was refused; nothing in the cart changed. */
public class AddOnException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * @param code short and stable, for scripts (e.g. "not-eligible")
     * @param message a sentence for the shopper
     */
    public AddOnException(String code, String message) {
        super(message);
        this.code = code;
    }

    public AddOnException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
