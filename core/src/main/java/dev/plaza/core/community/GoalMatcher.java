package dev.plaza.core.community;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which heard posts belong to the community, and why. Whatever points at one of the brand's
 * accounts (a mention, a reply, a quote, a like, a repost, a follow) always belongs: it is addressed
 * to the brand. Anything else belongs when it carries one of the goal's keywords or phrases (whole
 * words, any case) or hashtags, unless it carries an exclusion or is in a language the goal does not
 * list. A post that declares no language is taken to be in the one the detector tells, if it tells
 * one (the reasons then say so, {@link MatchReason.Kind#LANGUAGE_DETECTED}), and is otherwise given
 * the benefit of the doubt.
 */
public final class GoalMatcher {

    private static final Set<Character.UnicodeScript> UNSPACED = EnumSet.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.THAI,
            Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR,
            Character.UnicodeScript.TIBETAN);

    private final List<String> keywords;
    private final List<String> hashtags;
    private final List<String> exclusions;
    private final Set<String> languages;
    private final Set<String> brandAccounts;
    private final LanguageDetector detector;

    private GoalMatcher(Goal goal, Set<String> brandAccounts, LanguageDetector detector) {
        this.keywords = normalized(goal.keywords(), false);
        this.hashtags = normalized(goal.hashtags(), true);
        this.exclusions = normalized(goal.exclusions(), false);
        this.languages = Set.copyOf(goal.languages().stream().map(GoalMatcher::primaryLanguage).toList());
        this.brandAccounts = Set.copyOf(brandAccounts);
        this.detector = detector;
    }

    /**
     * A matcher for the goal, and for posts that point at any of {@code brandAccounts} (stable ids); it
     * detects no languages.
     */
    public static GoalMatcher of(Goal goal, Set<String> brandAccounts) {
        return of(goal, brandAccounts, LanguageDetector.none());
    }

    /** A matcher as {@link #of(Goal, Set)} that asks {@code detector} the language of posts that declare none. */
    public static GoalMatcher of(Goal goal, Set<String> brandAccounts, LanguageDetector detector) {
        requireNonNull(goal, "goal");
        return new GoalMatcher(goal, requireNonNull(brandAccounts, "brandAccounts"), requireNonNull(detector, "detector"));
    }

    /** Whether the matcher can match anything that does not point at the brand. */
    public boolean listensForGoal() {
        return !keywords.isEmpty() || !hashtags.isEmpty();
    }

    /**
     * The reasons the post belongs to the community, or empty when it does not. The language of a post
     * that declares none is detected only once the post would be kept, as that is rare among what a
     * stream tells; a detected language the goal does not list drops the goal's reasons.
     */
    public Optional<List<MatchReason>> match(Heard heard) {
        List<MatchReason> reasons = new ArrayList<>(2);
        for (Heard.Reference reference : heard.references()) {
            MatchReason reason = MatchReason.pointing(reference.pointing(), reference.account());
            if (brandAccounts.contains(reference.account()) && !reasons.contains(reason)) {
                reasons.add(reason);
            }
        }
        List<MatchReason> goalReasons = new ArrayList<>(2);
        if (listensForGoal() && speaksListedLanguage(heard.language())) {
            String text = heard.text().toLowerCase(Locale.ROOT);
            if (!containsAny(text, exclusions)) {
                matchGoal(heard, text, goalReasons);
            }
        }
        if (reasons.isEmpty() && goalReasons.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> detected = heard.language().isPresent() ? Optional.empty() : detector.detect(heard.text());
        if (!speaksListedLanguage(detected)) {
            goalReasons.clear();
        }
        reasons.addAll(goalReasons);
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        detected.ifPresent(language -> reasons.add(new MatchReason(MatchReason.Kind.LANGUAGE_DETECTED, language)));
        return Optional.of(List.copyOf(reasons));
    }

    private void matchGoal(Heard heard, String text, List<MatchReason> reasons) {
        for (String keyword : keywords) {
            if (containsWord(text, keyword)) {
                reasons.add(new MatchReason(MatchReason.Kind.KEYWORD, keyword));
            }
        }
        for (String hashtag : hashtags) {
            boolean tagged = heard.hashtags().stream().anyMatch(tag -> normalizedTag(tag).equals(hashtag))
                    || containsWord(text, "#" + hashtag);
            if (tagged) {
                reasons.add(new MatchReason(MatchReason.Kind.HASHTAG, hashtag));
            }
        }
    }

    private boolean speaksListedLanguage(Optional<String> language) {
        return languages.isEmpty() || language.map(GoalMatcher::primaryLanguage).map(languages::contains).orElse(true);
    }

    private static boolean containsAny(String text, List<String> phrases) {
        for (String phrase : phrases) {
            if (containsWord(text, phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code phrase} occurs in {@code text} as words of their own: no letter or digit runs on into
     * it on either side. Scripts written without spaces between words (Chinese, Japanese, Thai…) have no
     * such edge to look for, so there any occurrence counts.
     */
    static boolean containsWord(String text, String phrase) {
        int from = 0;
        while (true) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            int end = at + phrase.length();
            boolean startsWord = at == 0 || !runsOn(text.codePointBefore(at), phrase.codePointAt(0));
            boolean endsWord = end == text.length() || !runsOn(phrase.codePointBefore(phrase.length()), text.codePointAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean runsOn(int before, int after) {
        return isSpacedWordPart(before) && isSpacedWordPart(after);
    }

    private static boolean isSpacedWordPart(int codePoint) {
        boolean wordPart = Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
        return wordPart && !UNSPACED.contains(Character.UnicodeScript.of(codePoint));
    }

    private static List<String> normalized(List<String> terms, boolean tags) {
        return terms.stream().map(term -> tags ? normalizedTag(term) : term.strip().toLowerCase(Locale.ROOT))
                .filter(term -> !term.isEmpty()).distinct().toList();
    }

    private static String normalizedTag(String tag) {
        String stripped = tag.strip();
        return (stripped.startsWith("#") ? stripped.substring(1) : stripped).toLowerCase(Locale.ROOT);
    }

    /** "pt-BR" and "pt" are both Portuguese to the goal. */
    private static String primaryLanguage(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).strip().toLowerCase(Locale.ROOT);
    }
}
