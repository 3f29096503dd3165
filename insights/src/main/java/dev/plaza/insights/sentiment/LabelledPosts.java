package dev.plaza.insights.sentiment;

import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.insights.InsightsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A file of posts, one a line, with their labels on the same lines of a second file:
 * {@code NAME_text.txt} and {@code NAME_labels.txt}, labels 0 (negative), 1 (neutral) and 2
 * (positive), as the TweetEval and XLM-T sentiment data are laid out.
 *
 * @param name the pair's path under the folder it was found in, without {@code _text.txt}
 */
public record LabelledPosts(String name, List<String> texts, List<Sentiment> labels) {

    private static final String TEXT_SUFFIX = "_text.txt";
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    public LabelledPosts {
        texts = List.copyOf(texts);
        labels = List.copyOf(labels);
        if (texts.size() != labels.size()) {
            throw new InsightsException("%s has %d posts but %d labels".formatted(name, texts.size(), labels.size()));
        }
    }

    public int size() {
        return texts.size();
    }

    /** Every pair under {@code folder}, at any depth, in the order of their names. */
    public static List<LabelledPosts> findAll(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InsightsException(folder + " is not a folder of NAME_text.txt and NAME_labels.txt files");
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<LabelledPosts> pairs = files.filter(f -> f.getFileName().toString().endsWith(TEXT_SUFFIX))
                    .sorted().map(f -> read(folder, f)).toList();
            if (pairs.isEmpty()) {
                throw new InsightsException("no NAME_text.txt file under " + folder);
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LabelledPosts read(Path folder, Path textFile) {
        String fileName = textFile.getFileName().toString();
        String stem = fileName.substring(0, fileName.length() - TEXT_SUFFIX.length());
        Path labelFile = textFile.resolveSibling(stem + "_labels.txt");
        String name = folder.relativize(textFile.resolveSibling(stem)).toString().replace('\\', '/');
        if (!Files.isRegularFile(labelFile)) {
            throw new InsightsException("%s has no labels: %s is missing".formatted(textFile, labelFile.getFileName()));
        }
        try {
            byte[] text = Files.readAllBytes(textFile);
            List<String> texts = lines(new String(text, StandardCharsets.UTF_8)).stream().map(LabelledPosts::unescape).toList();
            List<String> labelLines = lines(Files.readString(labelFile, StandardCharsets.UTF_8));
            List<Sentiment> labels = new java.util.ArrayList<>(labelLines.size());
            for (int i = 0; i < labelLines.size(); i++) {
                labels.add(label(labelFile, i + 1, labelLines.get(i).trim()));
            }
            return new LabelledPosts(name, texts, labels);
        } catch (IOException e) {
            throw new InsightsException("%s could not be read: %s".formatted(textFile, e.getMessage()), e);
        }
    }

    private static List<String> lines(String content) {
        return content.lines().toList();
    }

    private static Sentiment label(Path file, int line, String value) {
        return switch (value) {
            case "0" -> Sentiment.NEGATIVE;
            case "1" -> Sentiment.NEUTRAL;
            case "2" -> Sentiment.POSITIVE;
            default -> throw new InsightsException("%s line %d: the label is \"%s\"; use 0 (negative), 1 (neutral) or 2 (positive)"
                    .formatted(file, line, value.length() > 20 ? value.substring(0, 20) + "…" : value));
        };
    }

    /** The data writes some characters as JSON escapes ("I\u2019m"); the post said "I’m". */
    static String unescape(String line) {
        if (line.indexOf('\\') < 0) {
            return line;
        }
        Matcher m = ESCAPE.matcher(line);
        StringBuilder out = new StringBuilder(line.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
