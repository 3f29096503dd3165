package dev.plaza.federation.signatures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of RFC 8941 (Structured Field Values) that Signature-Input, Signature and Content-Digest use:
 * dictionaries whose members are items or inner lists, with parameters. Parsing is strict (§4.2):
 * anything malformed is refused rather than guessed at.
 */
final class StructuredFields {

    /** A bare item: Long, BigDecimal, String, Token, byte[] or Boolean, with its parameters. */
    record Item(Object value, Map<String, Object> params) {
    }

    record InnerList(List<Item> items, Map<String, Object> params) {
    }

    record Token(String value) {
    }

    static final class ParseException extends Exception {
        ParseException(String message) {
            super(message);
        }
    }

    private final String input;
    private int pos;

    private StructuredFields(String input) {
        this.input = input;
    }

    /** Members in order; each value is an {@link Item} or an {@link InnerList}. */
    static Map<String, Object> parseDictionary(String field) throws ParseException {
        return new StructuredFields(field).dictionary();
    }

    /** RFC 8941 §4.1.1.1 serialisation, as RFC 9421 §2.3 requires for "@signature-params". */
    static String serialize(InnerList list) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < list.items().size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            Item item = list.items().get(i);
            out.append(serializeBare(item.value())).append(serializeParams(item.params()));
        }
        return out.append(')').append(serializeParams(list.params())).toString();
    }

    private Map<String, Object> dictionary() throws ParseException {
        Map<String, Object> members = new LinkedHashMap<>();
        skipSpaces();
        while (pos < input.length()) {
            String key = key();
            Object member;
            if (peek() == '=') {
                pos++;
                member = peek() == '(' ? innerList() : new Item(bareItem(), params());
            } else {
                member = new Item(Boolean.TRUE, params());
            }
            if (members.put(key, member) != null) {
                throw new ParseException("the dictionary has member \"%s\" twice".formatted(key));
            }
            skipOws();
            if (pos == input.length()) {
                return members;
            }
            expect(',');
            skipOws();
            if (pos == input.length()) {
                throw new ParseException("the dictionary ends with a comma");
            }
        }
        return members;
    }

    private InnerList innerList() throws ParseException {
        expect('(');
        List<Item> items = new ArrayList<>();
        while (true) {
            while (peek() == ' ') {
                pos++;
            }
            if (peek() == ')') {
                pos++;
                return new InnerList(List.copyOf(items), params());
            }
            items.add(new Item(bareItem(), params()));
            char next = peek();
            if (next != ' ' && next != ')') {
                throw error("expected a space or ')' in an inner list");
            }
        }
    }

    private Map<String, Object> params() throws ParseException {
        Map<String, Object> params = new LinkedHashMap<>();
        while (peek() == ';') {
            pos++;
            while (peek() == ' ') {
                pos++;
            }
            String key = key();
            Object value = Boolean.TRUE;
            if (peek() == '=') {
                pos++;
                value = bareItem();
            }
            params.put(key, value);
        }
        return params;
    }

    private Object bareItem() throws ParseException {
        char c = peek();
        if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
        } else if (c == '"') {
            return string();
        } else if (c == ':') {
            return byteSequence();
        } else if (c == '?') {
            pos++;
            char b = peek();
            if (b != '0' && b != '1') {
                throw error("expected ?0 or ?1");
            }
            pos++;
            return b == '1';
        } else if (c == '*' || Character.isLetter(c) && c < 128) {
            return token();
        }
        throw error("expected an item");
    }

    private Object number() throws ParseException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        while (pos < input.length() && (Character.isDigit(input.charAt(pos)) || input.charAt(pos) == '.')) {
            pos++;
        }
        String text = input.substring(start, pos);
        if (!text.matches("-?\\d{1,15}") && !text.matches("-?\\d{1,12}\\.\\d{1,3}")) {
            throw error("\"%s\" is not an RFC 8941 integer or decimal".formatted(text));
        }
        return text.contains(".") ? new BigDecimal(text) : (Object) Long.parseLong(text);
    }

    private String string() throws ParseException {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (pos < input.length()) {
            char c = input.charAt(pos++);
            if (c == '\\') {
                char escaped = pos < input.length() ? input.charAt(pos++) : 0;
                if (escaped != '"' && escaped != '\\') {
                    throw error("only \\\" and \\\\ may be escaped in a string");
                }
                out.append(escaped);
            } else if (c == '"') {
                return out.toString();
            } else if (c < 0x20 || c > 0x7e) {
                throw error("a string may hold only printable ASCII");
            } else {
                out.append(c);
            }
        }
        throw error("a string is not closed");
    }

    private Token token() {
        int start = pos;
        while (pos < input.length() && isTokenChar(input.charAt(pos))) {
            pos++;
        }
        return new Token(input.substring(start, pos));
    }

    private byte[] byteSequence() throws ParseException {
        expect(':');
        int end = input.indexOf(':', pos);
        if (end < 0) {
            throw error("a byte sequence is not closed with ':'");
        }
        String base64 = input.substring(pos, end);
        pos = end + 1;
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw error("a byte sequence is not base64: " + e.getMessage());
        }
    }

    private String key() throws ParseException {
        int start = pos;
        char first = peek();
        if (!(first == '*' || (first >= 'a' && first <= 'z'))) {
            throw error("expected a lower-case key");
        }
        while (pos < input.length() && isKeyChar(input.charAt(pos))) {
            pos++;
        }
        return input.substring(start, pos);
    }

    private static boolean isKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.' || c == '*';
    }

    private static boolean isTokenChar(char c) {
        return c > ' ' && c < 127 && "\"(),;<=>?@[\\]{}".indexOf(c) < 0 || c == ':' || c == '/';
    }

    private static String serializeParams(Map<String, Object> params) {
        StringBuilder out = new StringBuilder();
        params.forEach((key, value) -> {
            out.append(';').append(key);
            if (!Boolean.TRUE.equals(value)) {
                out.append('=').append(serializeBare(value));
            }
        });
        return out.toString();
    }

    private static String serializeBare(Object value) {
        return switch (value) {
            case String s -> '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            case Token t -> t.value();
            case byte[] bytes -> ':' + Base64.getEncoder().encodeToString(bytes) + ':';
            case Boolean b -> b ? "?1" : "?0";
            default -> value.toString();
        };
    }

    private char peek() {
        return pos < input.length() ? input.charAt(pos) : 0;
    }

    private void expect(char c) throws ParseException {
        if (peek() != c) {
            throw error("expected '%c'".formatted(c));
        }
        pos++;
    }

    private void skipSpaces() {
        while (peek() == ' ') {
            pos++;
        }
    }

    private void skipOws() {
        while (peek() == ' ' || peek() == '\t') {
            pos++;
        }
    }

    private ParseException error(String what) {
        return new ParseException("%s at character %d of \"%s\"".formatted(what, pos, input));
    }
}
