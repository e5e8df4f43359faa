package no.laeringsarena.dev.bench;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Norwegian-looking words for generated data: names, places, and the platform's own subject vocabulary (the seed
 * digest's sectors, national components, merger phases and toolbox content types), so titles read like real ones.
 */
final class Vocabulary {

    static final List<String> FIRST_NAMES = List.of("Kari", "Ola", "Ingrid", "Lars", "Anne", "Per", "Marit", "Jon",
            "Liv", "Knut", "Solveig", "Arne", "Hilde", "Bjørn", "Randi", "Terje", "Sigrid", "Geir", "Berit", "Tor",
            "Astrid", "Eirik", "Ragnhild", "Håkon", "Tone", "Svein", "Gunn", "Øystein", "Nina", "Morten", "Silje",
            "Trond", "Hanne", "Espen", "Ida", "Magnus", "Ingeborg", "Sindre", "Maren", "Even", "Åse", "Vegard",
            "Kristin", "Stian", "Guro", "Henrik", "Synnøve", "Jørgen", "Torill", "Audun");

    static final List<String> LAST_NAMES = List.of("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
            "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen",
            "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund",
            "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide",
            "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Nguyen",
            "Rasmussen", "Ali", "Lunde", "Solheim", "Berge", "Moe", "Nygård", "Bakke", "Kristensen", "Fredriksen",
            "Holm", "Lien", "Aas", "Fjeld", "Øvrebø", "Tveit", "Sæther", "Haugland");

    /** Place-name parts; "Nord" + "fjord" style combinations give a few hundred distinct municipality names. */
    static final List<String> PLACE_FIRST = List.of("Nord", "Sør", "Øst", "Vest", "Lille", "Stor", "Ås", "Berg",
            "Lind", "Eid", "Hov", "Sand", "Vik", "Dal", "Skog", "Fjell", "Ness", "Holm", "Strand", "Elve", "Myr",
            "Rygg", "Øy", "Hamar", "Lyng", "Bjørke", "Furu", "Gran", "Rosen", "Sol");

    static final List<String> PLACE_LAST = List.of("fjord", "dal", "vik", "nes", "berg", "sund", "heim", "stad",
            "øy", "land", "ås", "bygd", "haug", "voll", "bø", "moen", "li", "stein", "ra", "rud");

    static final List<String> SUBJECTS = List.of("kommunesammenslåing", "arkiv og dokumenthåndtering",
            "informasjonssikkerhet", "personvern", "digital dialog", "gevinstrealisering", "anskaffelser",
            "kravspesifikasjon", "Noark 5", "Folkeregisteret", "Matrikkelen", "ID-porten", "Feide", "SvarUt og FIKS",
            "digital postkasse", "Altinn", "e-resept", "kjernejournal", "helsenorge.no", "Norsk Helsenett",
            "A-meldingen", "Vigo", "KS Resultat XML", "programvareroboter", "skytjenester", "arkitekturprinsipper",
            "ROS-analyse", "IKT-infrastruktur", "tjenestedesign", "brukerreiser", "endringsledelse",
            "universell utforming", "byggesak", "barnehage", "pleie og omsorg", "helsestasjon", "barnevern",
            "økonomi og regnskap", "innkjøp", "personal og lønn", "kart og oppmåling", "bibliotek", "kulturskole",
            "voksenopplæring", "legevakt", "sosiale tjenester", "tekniske tjenester", "FDV", "eByggeSak",
            "e-faktura");

    static final List<String> COURSE_PATTERNS = List.of("Innføring i %s", "%s i praksis", "%s for ledere",
            "%s for saksbehandlere", "Kom i gang med %s", "%s: det du må vite", "%s på en dag", "Videregående %s",
            "%s i den nye kommunen", "%s steg for steg");

    static final List<String> TOOLBOX_PATTERNS = List.of("Veileder for %s", "Sjekkliste: %s",
            "Kravspesifikasjon for %s", "Mal for %s", "Metodikk for %s", "Brukerreise: %s", "Arbeidsprosess for %s",
            "Gevinstanalyse av %s", "Standard for %s", "Arkitekturprinsipp for %s");

    static final List<String> THREAD_PATTERNS = List.of("Erfaringer med %s?", "Hvem har innført %s?",
            "Tips til %s før sammenslåingen", "Problemer med %s etter oppgradering", "Anbefalt leverandør for %s?",
            "Hvordan organiserer dere %s?", "Spørsmål om %s og personvern", "Felles anskaffelse av %s?",
            "Kurs i %s for nyansatte", "Status for %s i vår kommune");

    static final List<String> SENTENCES = List.of(
            "Vi startet kartleggingen tidlig og fikk god oversikt over tjenester, systemer og avtaler.",
            "Prosjektgruppen anbefaler å avklare arkivbehovene før man velger ny løsning.",
            "Det viktigste er å involvere de ansatte og gi opplæring i god tid før fellesdatoen.",
            "Leverandøren leverte en oppdatert versjon med bedre integrasjon mot SvarUt.",
            "Røde punkter i sjekklisten må fungere fra første dag, gule kan vente til overgangsfasen.",
            "Vi har brukt ROS-analyse for å finne risikoene ved nedetid og feil i integrasjonene.",
            "Gevinstene måles med indikatorer som følges opp av styringsgruppen hvert kvartal.",
            "Ta kontakt med nabokommunen; de har nettopp gjennomført en tilsvarende anskaffelse.",
            "Opplæringen gikk greit da vi delte den opp i korte moduler med oppgaver underveis.",
            "Husk å få med endringsklausuler i nye avtaler, slik at de kan overføres ved sammenslåing.",
            "Feide-identitetene må være på plass før skolestart i den nye kommunen.",
            "Vi valgte en skytjeneste med drift i Norden og åpne grensesnitt for å unngå innlåsing.",
            "Saksbehandlerne sparer tid når søknaden kommer digitalt inn med riktige vedlegg.",
            "Det er lurt å teste konverteringen av arkivdata på et utvalg før hele overføringen.",
            "Kommunen har laget en felles rutine for tilgangsstyring og roller i alle fagsystemer.");

    private Vocabulary() {
    }

    static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** A few sentences as Markdown paragraphs. */
    static String paragraphs(SplittableRandom random, int paragraphs, int sentencesEach) {
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                out.append("\n\n");
            }
            for (int s = 0; s < sentencesEach; s++) {
                if (s > 0) {
                    out.append(' ');
                }
                out.append(pick(random, SENTENCES));
            }
        }
        return out.toString();
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "Ås og Østfjord" → "as-og-ostfjord": a key in the platform's [a-z0-9-] format. */
    static String slug(String text) {
        String ascii = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The i-th distinct municipality name (600 combinations, then numbered). */
    static String placeName(int i) {
        int combinations = PLACE_FIRST.size() * PLACE_LAST.size();
        String name = PLACE_FIRST.get(i % PLACE_FIRST.size())
                + PLACE_LAST.get((i / PLACE_FIRST.size()) % PLACE_LAST.size());
        return i < combinations ? name : name + " " + (i / combinations + 1);
    }
}
