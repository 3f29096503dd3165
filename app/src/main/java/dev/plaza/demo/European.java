package dev.plaza.demo;

import static dev.plaza.demo.Phrase.AGREE;
import static dev.plaza.demo.Phrase.ANSWER;
import static dev.plaza.demo.Phrase.BRAND_ANSWER;
import static dev.plaza.demo.Phrase.BRAND_SORRY;
import static dev.plaza.demo.Phrase.BRAND_THANKS;
import static dev.plaza.demo.Phrase.CHEER;
import static dev.plaza.demo.Phrase.CITY;
import static dev.plaza.demo.Phrase.COMPLAINT;
import static dev.plaza.demo.Phrase.FOLLOW_UP;
import static dev.plaza.demo.Phrase.LAUNCH;
import static dev.plaza.demo.Phrase.PRAISE;
import static dev.plaza.demo.Phrase.QUESTION;
import static dev.plaza.demo.Phrase.RIDE;
import static dev.plaza.demo.Phrase.THANKS;
import static dev.plaza.demo.Phrase.TIP;

/** German, French, Spanish and Dutch: the community's other languages. What they leave out falls back to English. */
final class European {

    static final Phrasebook GERMAN = new Phrasebook("de")
            .say(QUESTION,
                    "Weiß jemand, wie man beim {product} die {part} einstellt? Seit letzter Woche gibt es Probleme.",
                    "Überlege, mir ein {product} für den Weg zur Arbeit in {city} zu holen. Lohnt sich das?",
                    "Wie oft lasst ihr die {part} warten? Ich fahre etwa {km} km pro Woche.",
                    "Passt ein Kindersitz hinten auf das {product}? Erfahrungen?")
            .say(PRAISE,
                    "Ich liebe mein Fernhill {product}! {km} km diesen Monat und alles läuft wie am ersten Tag.",
                    "Seit zwei Jahren fahre ich das {product} jeden Tag zur Arbeit. Beste Entscheidung.",
                    "Diese Woche den Einkauf komplett mit dem {product} erledigt. Das Auto hat Pause.",
                    "Kann ich nur empfehlen: das Fernhill {product} ist perfekt für {city}.")
            .say(COMPLAINT,
                    "Die {part} an meinem {product} machen schon wieder Ärger. Nach nur drei Monaten!",
                    "Warte seit sechs Wochen auf ein Ersatzteil für mein {product}. Gibt es Neuigkeiten?",
                    "Schon wieder Autos auf dem Radweg in {city}. Jeden Morgen dasselbe.")
            .say(TIP,
                    "Tipp: alle zwei Wochen etwas Kettenöl, dann bleibt alles leise, auch bei Regen.",
                    "Licht an, auch tagsüber. Autofahrer in {city} sehen dich viel früher.",
                    "Zwei verschiedene Schlösser benutzen: Diebe haben meist nur Werkzeug für eins.")
            .say(CITY,
                    "{city} hat endlich einen geschützten Radweg bekommen. Mehr davon!",
                    "Heute früh {count} Räder an einer einzigen Ampel gezählt. Die Stadt verändert sich.",
                    "Warum gibt es am Hauptbahnhof in {city} immer noch keine sicheren Fahrradparkplätze?")
            .say(RIDE,
                    "Wer kommt zu {event}? Ich bringe Kaffee mit.",
                    "Was für ein Tag bei {event}! {count} Leute, Kinder, null Autos.")
            .say(LAUNCH,
                    "Das neue {launch} sieht super aus. Ist der Akku herausnehmbar?",
                    "{launch} vorbestellt! Weiß jemand, wann geliefert wird?")
            .say(ANSWER,
                    "Hatte ich auch. Eine Werkstatt in {city} hat es an einem Tag repariert.",
                    "Schau mal ins Handbuch, Seite {page}, da steht es genau beschrieben.",
                    "Ja, machen wir seit einem Jahr mit zwei Kindern. Klappt prima.")
            .say(CHEER, "Super!", "Endlich! Das wünsche ich mir auch für {city}.", "So sollte es überall sein.")
            .say(AGREE, "Geht mir genauso.", "Genau das! Absolut.", "+1, das wäre super.")
            .say(THANKS, "Danke, hat geklappt!", "Super, vielen Dank!")
            .say(FOLLOW_UP, "Hast du eine Lösung gefunden?", "Gibt es schon was Neues? Habe das gleiche Problem.")
            .say(BRAND_ANSWER,
                    "Danke für die Frage! Eine Schritt-für-Schritt-Anleitung gibt es unter fernhill.example/hilfe. Sonst prüft jede Fernhill-Partnerwerkstatt dein Rad kostenlos.",
                    "Hallo! Wir haben dir die Details per DM geschickt.")
            .say(BRAND_SORRY,
                    "Das tut uns leid! Schick uns bitte deine Bestellnummer per DM, wir kümmern uns sofort darum.",
                    "Das sollte nicht passieren. Unser Werkstattteam meldet sich heute noch bei dir.")
            .say(BRAND_THANKS, "Danke, das freut uns sehr! Gute Fahrt.")
            .words("part", "Bremsen", "Schaltung", "Kette", "Beleuchtung", "Schutzbleche")
            .hashtags("#citycycling", "#radfahren", "#fahrrad", "#verkehrswende", "#fernhill");

    static final Phrasebook FRENCH = new Phrasebook("fr")
            .say(QUESTION,
                    "Quelqu'un sait comment régler les {part} du {product} ? Ça fait des bruits depuis une semaine.",
                    "J'hésite à prendre un {product} pour aller au travail à {city}. Ça vaut le coup ?",
                    "Un siège enfant à l'arrière du {product}, ça passe ? Vos retours ?")
            .say(PRAISE,
                    "J'adore mon Fernhill {product} ! {km} km ce mois-ci et il roule comme au premier jour.",
                    "Deux ans de vélotaf avec le {product} et toujours le sourire le matin.",
                    "Toutes les courses de la semaine faites avec le {product}. La voiture reste au garage.")
            .say(COMPLAINT,
                    "Encore un souci avec les {part} de mon {product}, après seulement trois mois.",
                    "Six semaines que j'attends une pièce pour mon {product}. Des nouvelles ?",
                    "Encore des voitures garées sur la piste cyclable à {city}. Tous les matins.")
            .say(TIP,
                    "Astuce : une goutte d'huile sur la chaîne toutes les deux semaines, même sous la pluie.",
                    "Lumières allumées, même le jour. Les conducteurs à {city} vous voient bien plus tôt.")
            .say(CITY,
                    "{city} vient d'ouvrir une nouvelle piste cyclable protégée. On en veut plus !",
                    "{count} vélos au feu ce matin. La ville change.")
            .say(RIDE,
                    "Qui vient à {event} ? J'apporte le café.",
                    "Quelle journée à {event} ! {count} cyclistes et pas une voiture.")
            .say(LAUNCH,
                    "Le nouveau {launch} a l'air génial. La batterie est amovible ?",
                    "{launch} précommandé ! Quelqu'un connaît la date de livraison ?")
            .say(ANSWER,
                    "Pareil pour moi. Un atelier à {city} l'a réparé en une journée.",
                    "Regarde le manuel, page {page}, tout est expliqué.")
            .say(CHEER, "Génial !", "Enfin ! J'aimerais ça aussi à {city}.", "Ça devrait être comme ça partout.")
            .say(AGREE, "Pareil pour moi.", "Exactement !", "+1, ce serait top.")
            .say(THANKS, "Merci, ça a marché !", "Super, merci beaucoup !")
            .say(FOLLOW_UP, "Tu as trouvé une solution ?", "Des nouvelles ? J'ai le même problème.")
            .say(BRAND_ANSWER,
                    "Merci pour la question ! Un guide pas à pas est sur fernhill.example/aide. Sinon, nos ateliers partenaires vérifient votre vélo gratuitement.")
            .say(BRAND_SORRY,
                    "Désolés ! Envoyez-nous votre numéro de commande en message privé, on s'en occupe tout de suite.")
            .say(BRAND_THANKS, "Merci, ça nous fait très plaisir ! Bonne route.")
            .words("part", "freins", "vitesses", "garde-boue", "phares")
            .hashtags("#citycycling", "#vélotaf", "#vélo", "#fernhill");

    static final Phrasebook SPANISH = new Phrasebook("es")
            .say(QUESTION,
                    "¿Alguien sabe cómo ajustar los {part} de la {product}? Hacen ruido desde la semana pasada.",
                    "Estoy pensando en una {product} para ir al trabajo en {city}. ¿Merece la pena?",
                    "¿Cabe una silla infantil detrás en la {product}? ¿Experiencias?")
            .say(PRAISE,
                    "¡Me encanta mi Fernhill {product}! {km} km este mes y va como el primer día.",
                    "Dos años yendo al trabajo en la {product} y sigo sonriendo cada mañana.")
            .say(COMPLAINT,
                    "Otra vez problemas con los {part} de mi {product}, y solo tiene tres meses.",
                    "Seis semanas esperando una pieza para mi {product}. ¿Alguna novedad?",
                    "Otra vez coches aparcados en el carril bici de {city}. Todas las mañanas.")
            .say(TIP,
                    "Consejo: una gota de aceite en la cadena cada dos semanas y todo va silencioso.",
                    "Luces encendidas también de día. En {city} los conductores te ven mucho antes.")
            .say(CITY,
                    "{city} acaba de abrir un carril bici protegido. ¡Más así, por favor!",
                    "{count} bicis en el semáforo esta mañana. La ciudad está cambiando.")
            .say(RIDE,
                    "¿Quién viene a {event}? Yo llevo café.",
                    "¡Qué día en {event}! {count} ciclistas y ni un coche.")
            .say(LAUNCH, "La nueva {launch} tiene una pinta increíble. ¿La batería se puede quitar?")
            .say(ANSWER,
                    "Me pasó lo mismo. Un taller en {city} lo arregló en un día.",
                    "Mira el manual, página {page}, lo explica paso a paso.")
            .say(CHEER, "¡Genial!", "¡Por fin! Ojalá también en {city}.", "Así debería ser en todas partes.")
            .say(AGREE, "Me pasa lo mismo.", "¡Exacto!", "+1, estaría genial.")
            .say(THANKS, "¡Gracias, funcionó!", "¡Genial, muchas gracias!")
            .say(FOLLOW_UP, "¿Encontraste una solución?", "¿Alguna novedad? Tengo el mismo problema.")
            .say(BRAND_ANSWER,
                    "¡Gracias por preguntar! Hay una guía paso a paso en fernhill.example/ayuda. Si no se arregla, nuestros talleres revisan tu bici gratis.")
            .say(BRAND_SORRY, "¡Lo sentimos! Envíanos tu número de pedido por mensaje directo y lo solucionamos enseguida.")
            .say(BRAND_THANKS, "¡Gracias, nos alegra el día! Buen camino.")
            .words("part", "frenos", "cambios", "guardabarros", "luces")
            .hashtags("#citycycling", "#bici", "#movilidad", "#fernhill");

    static final Phrasebook DUTCH = new Phrasebook("nl")
            .say(QUESTION,
                    "Weet iemand hoe je de {part} van de {product} afstelt? Sinds vorige week gaat het mis.",
                    "Ik twijfel over een {product} voor woon-werk in {city}. Is het de moeite waard?",
                    "Past er een kinderzitje achterop de {product}? Ervaringen?")
            .say(PRAISE,
                    "Ik ben dol op mijn Fernhill {product}! {km} km deze maand en hij rijdt als nieuw.",
                    "Twee jaar elke dag op de {product} naar mijn werk. Nog steeds blij.")
            .say(COMPLAINT,
                    "Alweer gedoe met de {part} van mijn {product}, na drie maanden.",
                    "Zes weken wachten op een onderdeel voor mijn {product}. Nieuws?")
            .say(TIP,
                    "Tip: elke twee weken een druppel olie op de ketting, dan blijft alles stil.",
                    "Twee verschillende sloten gebruiken: dieven hebben meestal gereedschap voor maar één.")
            .say(CITY,
                    "{city} heeft eindelijk een vrijliggend fietspad. Meer hiervan!",
                    "Vanochtend {count} fietsers bij één stoplicht. De stad verandert.")
            .say(RIDE,
                    "Wie komt er naar {event}? Ik neem koffie mee.",
                    "Wat een dag bij {event}! {count} fietsers en geen auto te zien.")
            .say(LAUNCH, "De nieuwe {launch} ziet er geweldig uit. Is de accu uitneembaar?")
            .say(ANSWER,
                    "Had ik ook. Een fietsenmaker in {city} heeft het in een dag gemaakt.",
                    "Kijk in de handleiding, pagina {page}, daar staat het precies.")
            .say(CHEER, "Top!", "Eindelijk! Dat wil ik ook in {city}.", "Zo zou het overal moeten zijn.")
            .say(AGREE, "Herkenbaar!", "Precies dit.", "+1, goed idee.")
            .say(THANKS, "Dank je, het werkt!", "Top, bedankt!")
            .say(FOLLOW_UP, "Heb je al een oplossing gevonden?", "Nog nieuws? Ik heb hetzelfde.")
            .say(BRAND_ANSWER,
                    "Bedankt voor je vraag! Er staat een stappenplan op fernhill.example/hulp. Lukt het niet, dan kijkt elke Fernhill-dealer er gratis naar.")
            .say(BRAND_SORRY, "Vervelend! Stuur je bestelnummer even via DM, dan regelen we het meteen.")
            .say(BRAND_THANKS, "Wat leuk, dank je wel! Goede rit.")
            .words("part", "remmen", "versnellingen", "spatborden", "verlichting")
            .hashtags("#citycycling", "#fiets", "#fietsen", "#fernhill");

    private European() {
    }
}
