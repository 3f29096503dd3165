package dev.plaza.atproto.peer;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * An email a PDS of the peer sent (the peer has no mail server: it reports each one instead).
 *
 * @param pds      which PDS sent it, 0 for the first
 * @param template the PDS's mail template, e.g. "plcOperation", "confirmEmail", "resetPassword"
 * @param params   what the template was filled with, e.g. {"token": "…"}
 */
public record PeerMail(int pds, String template, String to, String subject, Map<String, String> params) {

    public PeerMail {
        requireNonNull(template, "template");
        requireNonNull(to, "to");
        requireNonNull(subject, "subject");
        params = Map.copyOf(params);
    }

    /** The token the mail carries (PLC operations, email confirmation, password reset, account deletion). */
    public String token() {
        String token = params.get("token");
        if (token == null) {
            throw new AtprotoPeerException("the %s mail to %s carries no token; its params: %s".formatted(template, to, params));
        }
        return token;
    }
}
