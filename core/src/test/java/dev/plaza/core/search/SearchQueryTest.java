package dev.plaza.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.search.SearchTerm.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void wordsPhrasesExclusionsHashtagsAndHandlesAreToldApart() {
        assertThat(SearchQuery.parse("garden \"release notes\" -jam #rust @ana@social.example -\"old news\"").terms())
                .containsExactly(
                        new SearchTerm(Kind.WORD, "garden", false),
                        new SearchTerm(Kind.PHRASE, "release notes", false),
                        new SearchTerm(Kind.WORD, "jam", true),
                        new SearchTerm(Kind.HASHTAG, "rust", false),
                        new SearchTerm(Kind.HANDLE, "ana@social.example", false),
                        new SearchTerm(Kind.PHRASE, "old news", true));
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        assertThat(SearchQuery.parse("\"to the end").terms())
                .containsExactly(new SearchTerm(Kind.PHRASE, "to the end", false));
    }

    @Test
    void termsWithoutALetterOrDigitAndControlCharactersAreDropped() {
        assertThat(SearchQuery.parse("&|!():* tea\u0000time - #").terms()).extracting(SearchTerm::text)
                .containsExactly("tea", "time");
    }

    @Test
    void aSearchNeedsSomethingToFind() {
        for (String nothing : List.of("", "   ", "-spam", "&|!", "- -")) {
            assertThatThrownBy(() -> SearchQuery.parse(nothing)).as(nothing)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one word");
        }
    }

    @Test
    void overlongSearchesAreRefused() {
        assertThatThrownBy(() -> SearchQuery.parse("a".repeat(SearchQuery.MAX_LENGTH + 1)))
                .hasMessageContaining("at most 500 characters");
        assertThatThrownBy(() -> SearchQuery.parse("w ".repeat(SearchQuery.MAX_TERMS + 1)))
                .hasMessageContaining("at most 20 terms");
    }

    @Test
    void snippetsSplitAtTheirMarks() {
        assertThat(Snippet.marked("a \u0001b\u0002 c", '\u0001', '\u0002').fragments()).containsExactly(
                new Snippet.Fragment("a ", false), new Snippet.Fragment("b", true), new Snippet.Fragment(" c", false));
    }

    @Test
    void searchCursorsRoundTripAndStrangersAreRefused() {
        SearchCursor cursor = new SearchCursor(0.0607927f, 42);
        assertThat(SearchCursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThatThrownBy(() -> SearchCursor.decode("bm9wZQ")).hasMessageContaining("not one that Plaza");
    }
}
