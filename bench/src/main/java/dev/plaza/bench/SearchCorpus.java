package dev.plaza.bench;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generated posts for the search benchmark: English, German, French, Spanish, Japanese and
 * Russian sentences from small vocabularies with a skewed word choice (a few words are common,
 * most are rare), a hashtag in one post of ten and a mention in one of twenty, by 1,000 authors.
 */
final class SearchCorpus {

    private static final int AUTHORS = 1_000;
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final String[] LANGUAGES = {"en", "en", "en", "de", "fr", "es", "ja", "ru"};
    private static final String[][] WORDS = {
        words("the release notes garden meetup online kernel compiler repair repairing bike community post thread"
                + " weekend coffee music photo question answer thanks welcome server update bug fix idea plan"),
        words("der die das Garten Treffen Veröffentlichung Fahrrad reparieren Gemeinschaft Kaffee Musik Frage"
                + " Antwort danke willkommen Server Fehler Idee Plan Wochenende"),
        words("le la les jardin rencontre café vélo réparer communauté musique question réponse merci bienvenue"
                + " serveur idée plan semaine"),
        words("el la los jardín reunión café bicicleta reparar comunidad música pregunta respuesta gracias"
                + " bienvenido servidor idea plan semana"),
        words("東京 大阪 今日 明日 音楽 写真 質問 回答 ありがとう ようこそ サーバー 計画 週末 コーヒー"),
        words("москва сегодня завтра музыка фото вопрос ответ спасибо добро пожаловать сервер план выходные"),
    };

    private final SplittableRandom random;
    private final List<SeenIdentity> authors = new ArrayList<>();

    SearchCorpus(long seed) {
        random = new SplittableRandom(seed);
        for (int i = 0; i < AUTHORS; i++) {
            authors.add(SeenIdentity.of(Platform.FEDIVERSE, "https://bench%d.example/users/user%d".formatted(i % 50, i),
                    "@user%d@bench%d.example".formatted(i, i % 50), "User " + i, Optional.empty()));
        }
    }

    IngestBatch batch(int first, int size) {
        List<IncomingActivity> posts = new ArrayList<>(size);
        List<SeenIdentity> seen = new ArrayList<>();
        boolean[] included = new boolean[AUTHORS];
        for (int i = first; i < first + size; i++) {
            int author = random.nextInt(AUTHORS);
            if (!included[author]) {
                included[author] = true;
                seen.add(authors.get(author));
            }
            String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
            String uri = "https://bench.example/posts/" + i;
            posts.add(new IncomingActivity(uri, ActivityKind.POST, authors.get(author).key(), T0.plusSeconds(i),
                    sentence(language), Optional.of(language), Optional.empty(), Optional.empty(), Optional.of(uri),
                    List.of(), Optional.empty()));
        }
        return new IngestBatch(seen, posts, Optional.empty());
    }

    /** A language the corpus writes in, English most often. */
    String language() {
        return LANGUAGES[random.nextInt(LANGUAGES.length)];
    }

    String sentence(String language) {
        String[] vocabulary = WORDS[vocabularyOf(language)];
        boolean spaced = !language.equals("ja");
        StringBuilder text = new StringBuilder();
        int length = 6 + random.nextInt(20);
        for (int w = 0; w < length; w++) {
            if (spaced && w > 0) {
                text.append(' ');
            }
            int pick = (int) (vocabulary.length * Math.pow(random.nextDouble(), 2));
            text.append(vocabulary[pick]);
            if (random.nextInt(30) == 0) {
                text.append(spaced ? " w" : "").append(Integer.toString(random.nextInt(100_000), 36));
            }
        }
        if (random.nextInt(10) == 0) {
            text.append(" #plaza");
        }
        if (random.nextInt(20) == 0) {
            int mentioned = random.nextInt(AUTHORS);
            text.append(" @user%d@bench%d.example".formatted(mentioned, mentioned % 50));
        }
        return text.toString();
    }

    private static int vocabularyOf(String language) {
        return switch (language) {
            case "de" -> 1;
            case "fr" -> 2;
            case "es" -> 3;
            case "ja" -> 4;
            case "ru" -> 5;
            default -> 0;
        };
    }

    private static String[] words(String list) {
        return list.split(" ");
    }
}
