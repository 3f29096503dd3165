package dev.plaza.web.pages;

import java.util.Optional;

/** The login form, with the address to return to the last attempt's problem, and a notice (after logout). */
public record LoginView(Frame frame, String next, String email, Optional<String> error,
        Optional<String> notice) {
}
