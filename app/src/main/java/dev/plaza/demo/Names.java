package dev.plaza.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Invented people: first and last names drawn independently from lists of several cultures, so no
 * generated name is meant to be anyone's. Each culture leans towards a language.
 */
final class Names {

    /** A generated person as their profiles show them. */
    record Persona(String displayName, String handle, String lang) {
    }

    private record Culture(double weight, String lang, double langShare, List<String> first, List<String> last) {
    }

    private static final List<Culture> CULTURES = List.of(
            new Culture(30, "en", 1.0,
                    List.of("Olivia", "Liam", "Emma", "Noah", "Ava", "Oliver", "Isla", "Jack", "Grace", "Harry",
                            "Chloe", "Ethan", "Maya", "Owen", "Ruby", "Theo", "Hannah", "Caleb", "Freya", "Nathan"),
                    List.of("Walker", "Bennett", "Hughes", "Foster", "Morgan", "Price", "Ellis", "Turner", "Carter",
                            "Reid", "Fletcher", "Hayes", "Brooks", "Porter", "Lawson", "Marsh", "Quinn", "Shaw")),
            new Culture(10, "de", 0.55,
                    List.of("Lena", "Jonas", "Mia", "Lukas", "Anna", "Felix", "Clara", "Paul", "Greta", "Moritz",
                            "Johanna", "Tobias", "Frieda", "Jannik"),
                    List.of("Becker", "Hoffmann", "Krüger", "Schröder", "Lehmann", "Vogel", "Brandt", "Winter",
                            "Hahn", "Keller", "Sommer", "Fuchs")),
            new Culture(8, "fr", 0.55,
                    List.of("Camille", "Louis", "Léa", "Hugo", "Manon", "Jules", "Inès", "Arthur", "Zoé", "Mathis",
                            "Élodie", "Bastien"),
                    List.of("Moreau", "Girard", "Fontaine", "Rousseau", "Lefèvre", "Mercier", "Blanchard", "Chevalier",
                            "Garnier", "Perrin")),
            new Culture(8, "es", 0.55,
                    List.of("Lucía", "Mateo", "Sofía", "Diego", "Valentina", "Pablo", "Carmen", "Javier", "Alba",
                            "Andrés", "Martina", "Tomás"),
                    List.of("García", "Romero", "Navarro", "Ortega", "Castillo", "Vargas", "Herrera", "Molina",
                            "Delgado", "Rojas", "Iglesias")),
            new Culture(7, "nl", 0.55,
                    List.of("Sanne", "Daan", "Fleur", "Sem", "Anouk", "Bram", "Lotte", "Thijs", "Noor", "Joris",
                            "Femke", "Ruben"),
                    List.of("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
                            "Dekker", "Peeters", "Willems")),
            new Culture(37, "en", 1.0,
                    List.of("Aiko", "Haruto", "Chidi", "Amara", "Priya", "Arjun", "Mei", "Wei", "Layla", "Omar",
                            "Zofia", "Kacper", "Elif", "Emre", "Ji-woo", "Min-jun", "Thiago", "Beatriz", "Astrid",
                            "Nils", "Wanjiru", "Kofi", "Linh", "Minh", "Sione", "Aroha", "Yara", "Rafael", "Ngozi",
                            "Ananya"),
                    List.of("Tanaka", "Sato", "Okafor", "Adeyemi", "Sharma", "Iyer", "Chen", "Liu", "Haddad",
                            "Mansour", "Nowak", "Kowalczyk", "Yılmaz", "Demir", "Park", "Kim", "Oliveira", "Santos",
                            "Lindqvist", "Berg", "Mwangi", "Mensah", "Nguyen", "Tran", "Fifita", "Ngata", "Costa",
                            "Eze", "Kapoor", "Nakamura")));

    private static final List<String> ADJECTIVES = List.of("rusty", "quiet", "urban", "lucky", "early", "rainy",
            "happy", "steady", "little", "brave", "sunny", "midnight");
    private static final List<String> NOUNS = List.of("spokes", "pedals", "cargo", "commuter", "chainring",
            "bell", "fixie", "saddle", "wheels", "rider", "cyclist", "basket");

    private static final double TOTAL_WEIGHT = CULTURES.stream().mapToDouble(Culture::weight).sum();

    private Names() {
    }

    static Persona persona(RandomGenerator rnd) {
        Culture culture = culture(rnd);
        String lang = rnd.nextDouble() < culture.langShare() ? culture.lang() : "en";
        String first = pick(culture.first(), rnd);
        String last = pick(culture.last(), rnd);
        double style = rnd.nextDouble();
        if (style < 0.09) {
            String adjective = pick(ADJECTIVES, rnd);
            String noun = pick(NOUNS, rnd);
            return new Persona(capital(adjective) + " " + capital(noun), adjective + noun, lang);
        }
        String firstKey = ascii(first);
        String lastKey = ascii(last);
        String displayName = style < 0.58 ? first + " " + last
                : style < 0.70 ? first
                : style < 0.80 ? first + " " + last.charAt(0) + "."
                : style < 0.86 ? first.toLowerCase(Locale.ROOT) + " \uD83D\uDEB2"
                : first + " " + last + " (" + pick(List.of("she/her", "he/him", "they/them"), rnd) + ")";
        double handleStyle = rnd.nextDouble();
        String handle = handleStyle < 0.35 ? firstKey + lastKey
                : handleStyle < 0.55 ? firstKey + "_" + lastKey
                : handleStyle < 0.70 ? firstKey + "." + lastKey.charAt(0)
                : handleStyle < 0.85 ? firstKey.charAt(0) + lastKey
                : firstKey + (10 + rnd.nextInt(90));
        return new Persona(displayName, handle, lang);
    }

    /** Lower-case ASCII letters and digits only: what every platform accepts in a handle. */
    static String ascii(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replace("ı", "i")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static <T> T pick(List<T> items, RandomGenerator rnd) {
        return items.get(rnd.nextInt(items.size()));
    }

    private static Culture culture(RandomGenerator rnd) {
        double at = rnd.nextDouble() * TOTAL_WEIGHT;
        for (Culture culture : CULTURES) {
            at -= culture.weight();
            if (at < 0) {
                return culture;
            }
        }
        return CULTURES.getLast();
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
