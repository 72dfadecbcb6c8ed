package nl.slimmehandhaving.web;

import org.springframework.util.unit.DataSize;

/** A request body or file larger than its configured limit; answered as 413, nothing read further or stored. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String what, DataSize limit) {
        super(what + " is te groot (hooguit " + limit.toKilobytes() + " kB) / " + what + " is too large (at most "
                + limit.toKilobytes() + " kB)");
    }
}
