package clinic.ivr.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The matcher alone: example phrases in, ranked destinations out, in English and Spanish. Each test
 * builds its own matchers, as the line does when staff change the examples: what a matcher learns from
 * its examples and word lists is learnt anew each time.
 */
class PhraseMatcherTest {

    final PhraseMatcher english = PhraseMatcher.of("en", Map.of(
            "painful", List.of("does it hurt", "is it painful"),
            "conditions", List.of("herniated disc", "sciatica", "hip pain", "back pain"),
            "safety", List.of("osteoporosis", "a broken bone"),
            "hours", List.of("what time do you open", "opening hours"),
            "insurance", List.of("Medicare", "Medicaid", "copay"),
            "message", List.of("voicemail", "leave a message"),
            "person", List.of("receptionist", "talk to a person"),
            "repeat", List.of("again", "say that again")));
    final PhraseMatcher spanish = PhraseMatcher.of("es", Map.of(
            "painful", List.of("duele", "es dolorosa"),
            "conditions", List.of("hernia de disco", "ciática", "dolor de cadera"),
            "hours", List.of("a qué hora abren", "horario"),
            "person", List.of("agente", "recepcionista"),
            "next", List.of("siguiente")));

    static String best(PhraseMatcher matcher, String phrase) {
        List<PhraseMatcher.Match> ranked = matcher.rank(phrase);
        return ranked.isEmpty() ? "" : ranked.get(0).destination();
    }

    static double score(PhraseMatcher matcher, String phrase) {
        List<PhraseMatcher.Match> ranked = matcher.rank(phrase);
        return ranked.isEmpty() ? 0 : ranked.get(0).score();
    }

    @Test
    void anExampleSaidAsWrittenScoresOneWordForWord() {
        PhraseMatcher.Match match = english.rank("is it painful").get(0);
        assertThat(match.destination()).isEqualTo("painful");
        assertThat(match.score()).isCloseTo(1.0, within(1e-9));
        assertThat(match.wordForWord()).isCloseTo(1.0, within(1e-9));
    }

    /**
     * An example whose only words of substance ask without saying what about matches only said as written: "what
     * would they do to me" is not "and then what", which "so, and then what?" is.
     */
    @Test
    void anExampleOfAQuestionWordAloneMatchesOnlySaidAsWritten() {
        PhraseMatcher matcher = PhraseMatcher.of("en", Map.of("next", List.of("and then what", "skip ahead"),
                "hours", List.of("opening hours")));
        assertThat(best(matcher, "what would they do to me")).isEmpty();
        assertThat(best(matcher, "so, and then what?")).isEqualTo("next");
        assertThat(best(matcher, "and then what")).isEqualTo("next");
        assertThat(best(matcher, "what are the opening hours")).isEqualTo("hours");
    }

    @Test
    void everyDestinationIsFoundInOtherWordsInBothLanguages() {
        assertThat(best(english, "will the treatment hurt")).isEqualTo("painful");
        assertThat(best(english, "my sciatica is bad")).isEqualTo("conditions");
        assertThat(best(english, "i have osteoporosis")).isEqualTo("safety");
        assertThat(best(english, "what time do you guys open tomorrow")).isEqualTo("hours");
        assertThat(best(spanish, "me duele mucho")).isEqualTo("painful");
        assertThat(best(spanish, "tengo ciatica")).isEqualTo("conditions");
        assertThat(best(spanish, "cuál es el horario")).isEqualTo("hours");
    }

    @Test
    void stemsAccentsAndApostrophesDoNotMatter() {
        assertThat(best(english, "it hurts")).isEqualTo("painful");
        assertThat(best(spanish, "es doloroso")).isEqualTo("painful");
        assertThat(best(spanish, "ciatica")).as("the recognizer often leaves the accent out").isEqualTo("conditions");
        assertThat(PhraseMatcher.wordsOf("en", "i didnt")).isEqualTo(PhraseMatcher.wordsOf("en", "I didn't"));
    }

    @Test
    void wordsWhoseStemIsAnotherRequestsStayWhole() {
        assertThat(PhraseMatcher.wordsOf("en", "painful")).isNotEqualTo(PhraseMatcher.wordsOf("en", "pain"));
        assertThat(PhraseMatcher.wordsOf("es", "dolorosa")).isNotEqualTo(PhraseMatcher.wordsOf("es", "dolor"));
        assertThat(best(english, "painful")).isEqualTo("painful");
    }

    @Test
    void aNotDeniesWhatFollowsAndASpanishNoOnlyRightBeforeAWord() {
        assertThat(PhraseMatcher.negates("en", "don't", true)).isTrue();
        assertThat(PhraseMatcher.negates("en", "Can't", false)).as("a not at a pause still denies").isTrue();
        assertThat(PhraseMatcher.negates("en", "no", true)).as("\"no, I'd rather talk to someone\" is a reply").isFalse();
        assertThat(PhraseMatcher.negates("en", "now", true)).isFalse();
        assertThat(PhraseMatcher.negates("es", "no", true)).as("\"no me pase\"").isTrue();
        assertThat(PhraseMatcher.negates("es", "No,", false)).as("\"no, gracias\": a reply before a pause").isFalse();
        assertThat(PhraseMatcher.negates("es", "nada", true)).isFalse();
    }

    @Test
    void aNotOfWhatTheCallerCannotDoOrDoesNotKnowRefusesNothing() {
        assertThat(PhraseMatcher.saysUnable("en", "can't", "make")).isTrue();
        assertThat(PhraseMatcher.saysUnable("en", "don't", "understand")).isTrue();
        assertThat(PhraseMatcher.saysUnable("en", "don't", "transfer")).isFalse();
        assertThat(PhraseMatcher.saysUnable("es", "no", "entiendo")).isTrue();
        assertThat(PhraseMatcher.saysUnable("es", "no", "me")).isFalse();
    }

    @Test
    void aSoundAlikeIsAKeyOnlyRightAfterAWordThatNamesOneWithNothingElseAsked() {
        assertThat(english.soundsLikeAKey(new String[] {"option", "won"}, 1)).isEqualTo(1);
        assertThat(english.soundsLikeAKey(new String[] {"um", "press", "for", "please"}, 2)).isEqualTo(4);
        assertThat(english.soundsLikeAKey(new String[] {"press", "for", "the", "hours"}, 1)).as("the hours asked").isEqualTo(-1);
        assertThat(english.soundsLikeAKey(new String[] {"what", "do", "i", "press", "for"}, 4)).as("a question").isEqualTo(-1);
        assertThat(english.soundsLikeAKey(new String[] {"won"}, 0)).as("no word names a key").isEqualTo(-1);
        assertThat(english.soundsLikeAKey(new String[] {"option", "two"}, 1)).as("a number, no sound-alike").isEqualTo(-1);
        assertThat(spanish.soundsLikeAKey(new String[] {"opción", "for"}, 1)).as("none in Spanish").isEqualTo(-1);
    }

    @Test
    void fillerIsKnownByLanguage() {
        assertThat(PhraseMatcher.isFiller("en", "um")).isTrue();
        assertThat(PhraseMatcher.isFiller("es", "oiga")).isTrue();
        assertThat(PhraseMatcher.isFiller("en", "hours")).isFalse();
        assertThat(PhraseMatcher.isFiller("es", "horario")).isFalse();
    }

    @Test
    void fillerAndPolitenessWeighNothing() {
        assertThat(PhraseMatcher.wordsOf("en", "um okay so i was wondering can you tell me")).isEmpty();
        assertThat(PhraseMatcher.wordsOf("es", "oiga mire buenas tardes quería saber")).isEmpty();
        assertThat(score(english, "hi um okay so i was wondering can you tell me does it hurt please"))
                .isCloseTo(score(english, "does it hurt"), within(1e-9));
        assertThat(score(spanish, "oiga mire buenas tardes quería saber si duele"))
                .isCloseTo(score(spanish, "duele"), within(1e-9));
    }

    /** "Good evening" greets and weighs nothing; "evening appointments" asks about a time of day. */
    @Test
    void aTimeOfDayInAGreetingWeighsNothingButAsksForATimeElsewhere() {
        assertThat(PhraseMatcher.wordsOf("en", "good morning, good afternoon, good evening")).isEmpty();
        assertThat(PhraseMatcher.wordsOf("en", "good evening, I need an appointment"))
                .isEqualTo(PhraseMatcher.wordsOf("en", "I need an appointment"));
        assertThat(PhraseMatcher.wordsOf("en", "evening appointments")).hasSize(2);
        assertThat(PhraseMatcher.wordsOf("en", "are you open in the morning")).contains(
                PhraseMatcher.wordsOf("en", "morning").get(0));
    }

    @Test
    void wordsOfTheCallersOwnLowerTheScoreButDoNotHideTheMatch() {
        double plain = score(english, "does it hurt");
        double wrapped = score(english, "my granddaughter worries whether it will hurt");
        assertThat(wrapped).isLessThan(plain);
        assertThat(best(english, "my granddaughter worries whether it will hurt")).isEqualTo("painful");
    }

    @Test
    void recognizerSlipsAreNearMissesOrSoundAlikes() {
        assertThat(best(english, "herniated disk")).as("disk for disc").isEqualTo("conditions");
        assertThat(best(english, "osteoporsis")).as("a letter lost").isEqualTo("safety");
        assertThat(best(english, "does it heard")).as("heard sounds like hurt").isEqualTo("painful");
        assertThat(best(spanish, "ernia de disco")).isEqualTo("conditions");
        PhraseMatcher.Match slip = english.rank("does it heard").get(0);
        assertThat(slip.score()).as("a sound-alike counts less than the word itself").isLessThan(1.0);
        assertThat(slip.wordForWord()).as("and is no word said word for word").isLessThan(0.5);
    }

    @Test
    void wordsTheRecognizerSplitAreJoinedAgain() {
        assertThat(best(english, "osteo porosis")).as("one word heard as two").isEqualTo("safety");
        assertThat(best(english, "voice mail")).isEqualTo("message");
        assertThat(best(english, "do you take medic air")).as("two words that sound like one").isEqualTo("insurance");
        assertThat(best(english, "i have sigh attica")).isEqualTo("conditions");
        assertThat(best(spanish, "quiero un a gente")).as("a little word joined to the next").isEqualTo("person");
        assertThat(best(spanish, "si guiente")).isEqualTo("next");
    }

    /** "Unas preguntitas", "la caderita", "un dolorcito": a word made small is the word, as the examples say it. */
    @Test
    void aSpanishWordMadeSmallIsTheWord() {
        assertThat(score(spanish, "me duele la caderita")).isEqualTo(score(spanish, "me duele la cadera"));
        assertThat(best(spanish, "tengo un dolorcito de cadera")).isEqualTo("conditions");
    }

    @Test
    void wordsThatMeanSomethingAreNotJoinedIntoAGuess() {
        assertThat(best(english, "back pain")).isEqualTo("conditions");
        assertThat(best(english, "how many")).as("how many is not Humana nor Medicaid").isNotEqualTo("insurance");
    }

    @Test
    void aLoneCommonWordInALongSentenceScoresLow() {
        double alone = score(english, "again");
        double inASentence = score(english, "the bus driver was rude to my neighbor again");
        assertThat(inASentence).isLessThan(0.65).isLessThan(alone);
    }

    @Test
    void nonsenseScoresLowOrNothing() {
        for (String phrase : List.of("blue elephant", "the weather is nice", "banana telephone purple")) {
            List<PhraseMatcher.Match> ranked = english.rank(phrase);
            assertThat(ranked.isEmpty() ? 0 : ranked.get(0).score()).as(phrase).isLessThan(0.35);
        }
        assertThat(spanish.rank("elefante azul")).isEmpty();
    }

    @Test
    void aPhraseOfOnlyLittleWordsMatchesNothing() {
        assertThat(english.rank("it is the")).isEmpty();
        assertThat(PhraseMatcher.wordsOf("en", "it is the")).isEmpty();
        assertThat(PhraseMatcher.wordsOf("en", "the first visit")).containsExactly("first", "visit");
    }

    @Test
    void anExampleOfOnlyLittleWordsMatchesWhenSaidAsWrittenWithNothingButFillerAround() {
        PhraseMatcher done = PhraseMatcher.of("en", Map.of(
                "goodbye", List.of("goodbye", "that will be all", "that's it"),
                "hours", List.of("opening hours")));
        assertThat(PhraseMatcher.wordsOf("en", "that will be all")).isEmpty();
        for (String said : List.of("that will be all", "um, that will be all, thank you", "no that's it", "That's it.")) {
            PhraseMatcher.Match match = done.rank(said).get(0);
            assertThat(match.destination()).as(said).isEqualTo("goodbye");
            assertThat(match.wordForWord()).as(said).isCloseTo(1.0, within(1e-9));
        }
        // other little words, or the same ones in another order, are not the example
        for (String said : List.of("that will be fine", "is that it", "that is all", "it will be that", "that will be",
                "that will be all doctor", "that's it doctor")) {
            assertThat(done.rank(said)).as(said).isEmpty();
        }
        // a word of substance beside it: the phrase is matched by its words, as any other
        assertThat(best(done, "that will be all for the opening hours")).isEqualTo("hours");
        PhraseMatcher fin = PhraseMatcher.of("es", Map.of("adios", List.of("adiós", "eso es todo")));
        assertThat(best(fin, "no, eso es todo, gracias")).isEqualTo("adios");
        assertThat(fin.rank("es todo eso")).isEmpty();
    }

    @Test
    void aPhraseSaysAnExampleAsWrittenWhenItHasAllItsWordsInOrder() {
        PhraseMatcher done = PhraseMatcher.of("en", Map.of("goodbye", List.of("bye", "that's all for now"),
                "hours", List.of("opening hours")));
        assertThat(done.saysAsWritten("okay, thank you, bye!", "goodbye")).isTrue();
        assertThat(done.saysAsWritten("That's all for now, thanks", "goodbye")).isTrue();
        assertThat(done.saysAsWritten("what now", "goodbye")).isFalse();
        assertThat(done.saysAsWritten("for now that's all", "goodbye")).isFalse();
        assertThat(done.saysAsWritten("bye", "hours")).isFalse();
        assertThat(done.saysAsWritten("bye", "nowhere")).isFalse();
        PhraseMatcher punctuated = PhraseMatcher.of("en", Map.of("goodbye", List.of("bye", "?!")));
        assertThat(punctuated.saysAsWritten("what now", "goodbye")).as("an example of no words is in no phrase").isFalse();
        PhraseMatcher fin = PhraseMatcher.of("es", Map.of("adios", List.of("adiós", "hasta luego")));
        assertThat(fin.saysAsWritten("Adios, gracias", "adios")).isTrue();
        assertThat(fin.saysAsWritten("¿y luego?", "adios")).isFalse();
    }

    @Test
    void numbersAndTheWordsOfACallersStoryWeighNothing() {
        assertThat(PhraseMatcher.wordsOf("en", "i'm seventy nine and my doctor said my back hurts a little"))
                .isEqualTo(PhraseMatcher.wordsOf("en", "my doctor: my back hurts"));
        assertThat(PhraseMatcher.wordsOf("es", "tengo setenta años y el doctor me dijo que me duele la espalda"))
                .isEqualTo(PhraseMatcher.wordsOf("es", "el doctor que me duele la espalda"));
        assertThat(PhraseMatcher.wordsOf("en", "i'm 79 and my back hurts since my 2 o'clock"))
                .as("numbers in digits, as recognizers write them").isEqualTo(PhraseMatcher.wordsOf("en", "my back hurts since"));
        assertThat(score(english, "my granddaughter is twenty two and her back pain is bad"))
                .as("the numbers of a story lower the score no more than the rest of it")
                .isCloseTo(score(english, "my granddaughter is and her back pain is bad"), within(1e-9));
    }

    @Test
    void aUnitOfTimeAfterANumberIsTheTimeOfTheStoryNotAQuestionOfTime() {
        assertThat(PhraseMatcher.wordsOf("en", "i'm thirty weeks along")).isEqualTo(PhraseMatcher.wordsOf("en", "i'm along"));
        assertThat(PhraseMatcher.wordsOf("es", "hace 2 años")).isEqualTo(PhraseMatcher.wordsOf("es", "hace"));
        assertThat(PhraseMatcher.wordsOf("en", "how many weeks")).hasSize(3);
        PhraseMatcher time = PhraseMatcher.of("en", Map.of(
                "results", List.of("how many weeks", "how many months"),
                "safety", List.of("is it safe when pregnant")));
        assertThat(best(time, "i have been pregnant for thirty weeks now is it safe")).isEqualTo("safety");
        assertThat(time.rank("i have been pregnant for thirty weeks now is it safe"))
                .extracting(PhraseMatcher.Match::destination).doesNotContain("results");
        assertThat(best(time, "how many weeks will it take")).isEqualTo("results");
        assertThat(time.rank("last month i got pregnant is it safe")).as("last month dates the story")
                .extracting(PhraseMatcher.Match::destination).containsExactly("safety");
        PhraseMatcher tiempo = PhraseMatcher.of("es", Map.of(
                "results", List.of("cuántos meses", "cuántos años"),
                "conditions", List.of("ciática", "dolor de cadera")));
        assertThat(tiempo.rank("el año pasado me diagnosticaron ciática")).extracting(PhraseMatcher.Match::destination)
                .containsExactly("conditions");
    }

    @Test
    void aSpanishCallerWhoSaysTheyAreCallingSaysNothingYet() {
        assertThat(PhraseMatcher.wordsOf("es", "yo llamaba por lo del eh")).isEmpty();
        assertThat(PhraseMatcher.wordsOf("es", "llamo para preguntar")).isEmpty();
        assertThat(PhraseMatcher.wordsOf("es", "ustedes me llamaron")).as("a call to return is a request").isNotEmpty();
    }

    @Test
    void lastingIsNotLast() {
        assertThat(PhraseMatcher.wordsOf("en", "lasting relief")).isNotEqualTo(PhraseMatcher.wordsOf("en", "last relief"));
        PhraseMatcher lasting = PhraseMatcher.of("en", Map.of(
                "prevent", List.of("lasting relief", "a cure"),
                "session", List.of("how long is a visit", "an appointment")));
        assertThat(lasting.rank("how long does an appointment last"))
                .extracting(PhraseMatcher.Match::destination).doesNotContain("prevent");
    }

    @Test
    void spanishVerbsAreTheirInfinitiveWithAPronounOrAQuBeforeE() {
        assertThat(PhraseMatcher.wordsOf("es", "explíqueme")).isEqualTo(PhraseMatcher.wordsOf("es", "explicar"));
        assertThat(PhraseMatcher.wordsOf("es", "que me expliquen")).isEqualTo(PhraseMatcher.wordsOf("es", "que me explica"));
        assertThat(PhraseMatcher.wordsOf("es", "probarlo")).isEqualTo(PhraseMatcher.wordsOf("es", "probar"));
        assertThat(PhraseMatcher.wordsOf("es", "quiero explicarle")).isEqualTo(PhraseMatcher.wordsOf("es", "explicar"));
        PhraseMatcher what = PhraseMatcher.of("es", Map.of("what", List.of("explíqueme la tracción"),
                "hours", List.of("horario")));
        assertThat(best(what, "me puede explicar la tracción")).isEqualTo("what");
    }

    @Test
    void spanishWordsThatSayTheSameAreOneWord() {
        assertThat(PhraseMatcher.wordsOf("es", "cuánto tiempo voy a estar allá"))
                .isEqualTo(PhraseMatcher.wordsOf("es", "cuánto tiempo voy a estar ahí"))
                .isEqualTo(PhraseMatcher.wordsOf("es", "cuánto tiempo voy a estar allí"));
        assertThat(PhraseMatcher.wordsOf("es", "cuántas sesiones más o menos"))
                .as("más o menos is about").isEqualTo(PhraseMatcher.wordsOf("es", "cuántas sesiones más"));
        assertThat(PhraseMatcher.wordsOf("es", "empecemos")).isEqualTo(PhraseMatcher.wordsOf("es", "empezar"));
    }

    @Test
    void aNumberWithWordsThatNameAKeyIsOnlyAKey() {
        assertThat(english.onlyNamesAKey("press ")).isTrue();
        assertThat(english.onlyNamesAKey("um number please")).isTrue();
        assertThat(spanish.onlyNamesAKey("oprima el número")).isTrue();
        assertThat(english.onlyNamesAKey("eleven")).as("another number: \"seven eleven\" is no key").isFalse();
        assertThat(spanish.onlyNamesAKey("once")).isFalse();
        assertThat(english.onlyNamesAKey("i have questions")).isFalse();
        assertThat(english.namesAKey("option")).isTrue();
        assertThat(spanish.namesAKey("opción")).as("with its accent, as said").isTrue();
        assertThat(english.namesAKey("take")).isFalse();
    }

    /** The words that name a menu's choices, however they are said: "options", "la opción", "el menú", "menu". */
    @Test
    void theWordsForAMenusChoicesAreFoundHoweverTheyAreSaid() {
        assertThat(PhraseMatcher.namesTheOptions("en", "what were the options again?")).isTrue();
        assertThat(PhraseMatcher.namesTheOptions("en", "um, repeat the menu")).isTrue();
        assertThat(PhraseMatcher.namesTheOptions("es", "¿me repite las opciones?")).isTrue();
        assertThat(PhraseMatcher.namesTheOptions("es", "el menu otra vez")).as("without its accent").isTrue();
        assertThat(PhraseMatcher.namesTheOptions("en", "can you repeat that")).isFalse();
        assertThat(PhraseMatcher.namesTheOptions("es", "¿me lo repite?")).isFalse();
    }

    /**
     * "I'll call back" is the caller's own call, one word of its own, not "call me back" (whose pronouns are
     * filler too); words that only began like it are given back as said, and nothing held carries to the next text.
     */
    @Test
    void theCallersOwnCallIsOneWordAndEverythingElseIsGivenBackAsSaid() {
        assertThat(PhraseMatcher.wordsAsSaid("en", "I'll call back")).containsExactly("callagain", "back");
        assertThat(PhraseMatcher.wordsOf("en", "I'm going to just call back later")).containsExactly("callagain", "back", "later");
        assertThat(PhraseMatcher.wordsAsSaid("en", "I am gonna ring you")).containsExactly("callagain", "you");
        assertThat(PhraseMatcher.wordsOf("en", "please call me back")).containsExactly("call", "back");
        assertThat(PhraseMatcher.wordsAsSaid("en", "I'm going to need a ride")).containsExactly("im", "going", "to", "need", "a", "ride");
        assertThat(PhraseMatcher.wordsAsSaid("en", "let me think, call me back")).containsExactly("let", "me", "think", "call", "me", "back");
        assertThat(PhraseMatcher.wordsAsSaid("en", "so I will")).as("held to the end").containsExactly("so", "i", "will");
        assertThat(PhraseMatcher.wordsAsSaid("en", "call me")).as("nothing held from the text before").containsExactly("call", "me");
        assertThat(PhraseMatcher.wordsAsSaid("es", "I'll call back")).as("an English rule").containsExactly("ill", "call", "back");
    }

    @Test
    void anOrdinalIsAKeyFollowedByOneOrAKeyWordOrSaidLastAfterAnArticle() {
        assertThat(english.ordinal("the second one".split(" "), 1, "one")).isEqualTo(2);
        assertThat(english.ordinal("third option".split(" "), 0, "one")).isEqualTo(3);
        assertThat(english.ordinal("the fifth please".split(" "), 1, "one")).isEqualTo(5);
        assertThat(english.ordinal("just a second".split(" "), 2, "one")).as("no article").isZero();
        assertThat(english.ordinal("second".split(" "), 0, "one")).isZero();
        assertThat(english.ordinal("the first visit".split(" "), 1, "one")).as("a word after it").isZero();
        assertThat(english.ordinal("the one".split(" "), 1, "one")).as("no ordinal").isZero();
        assertThat(spanish.ordinal("la novena".split(" "), 1, "uno")).isEqualTo(9);
        assertThat(spanish.ordinal("la séptima opción".split(" "), 1, "uno")).isEqualTo(7);
        assertThat(spanish.ordinal("el segundo".split(" "), 1, "uno")).as("un segundo is a wait").isZero();
        assertThat(english.ordinal("the last one".split(" "), 1, "one")).isEqualTo(PhraseMatcher.LAST_PLACE);
        assertThat(spanish.ordinal("la última".split(" "), 1, "uno")).isEqualTo(PhraseMatcher.LAST_PLACE);
        assertThat(spanish.ordinal("la penúltima".split(" "), 1, "uno")).isEqualTo(PhraseMatcher.LAST_PLACE - 1);
        assertThat(english.ordinal("the last time".split(" "), 1, "one")).isZero();
        assertThat(english.ordinal("the ninth one".split(" "), 1, "one")).as("keys counted without the lines from the end").isEqualTo(9);
    }

    @Test
    void contractionsAndSpanishVerbFormsAreTakenAsTheWordTheyMean() {
        PhraseMatcher who = PhraseMatcher.of("en", Map.of(
                "who-not", List.of("who should not get traction"),
                "who", List.of("who should get traction")));
        assertThat(best(who, "who shouldnt get traction")).isEqualTo("who-not");
        assertThat(best(who, "who should get traction")).isEqualTo("who");
        assertThat(PhraseMatcher.wordsOf("es", "me dolió")).as("dolió is a form of doler, as dolerá is")
                .isEqualTo(PhraseMatcher.wordsOf("es", "doler")).isEqualTo(PhraseMatcher.wordsOf("es", "me dolerá"));
        assertThat(PhraseMatcher.wordsOf("es", "me duele")).as("what hurts the caller now is not what will hurt")
                .isNotEqualTo(PhraseMatcher.wordsOf("es", "me dolerá"));
        assertThat(score(spanish, "ciáticas")).as("a plural is the word").isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aSpanishCommandWithAPronounIsTheCommand() {
        PhraseMatcher commands = PhraseMatcher.of("es", Map.of(
                "text", List.of("mándame la dirección"),
                "repeat", List.of("mande", "repita")));
        assertThat(commands.rank("mándeme la dirección").get(0)).as("mándeme is mándame")
                .returns("text", PhraseMatcher.Match::destination)
                .satisfies(m -> assertThat(m.score()).isCloseTo(1.0, within(1e-9)));
        assertThat(best(commands, "mande")).as("mande alone asks to hear it again").isEqualTo("repeat");
    }

    @Test
    void whatCallersSayToOthersIsAnAside() {
        assertThat(best(english, "oh never mind")).isEqualTo(PhraseMatcher.ASIDE);
        assertThat(best(spanish, "apaga esa tele")).isEqualTo(PhraseMatcher.ASIDE);
    }

    @Test
    void littleWordsOfEitherLanguageMatchNothing() {
        assertThat(english.rank("it is the")).isEmpty();
        assertThat(spanish.rank("de la el los")).isEmpty();
        assertThat(english.rank("")).isEmpty();
    }

    @Test
    void anExampleWordMayHaveBeenMisheardForAnother() {
        PhraseMatcher clinic = PhraseMatcher.of("en", Map.of(
                "message", List.of("leave a message"),
                "massage", List.of("do you do massage therapy")));
        assertThat(best(clinic, "can i leave a massage")).isEqualTo("message");
        assertThat(best(clinic, "massage therapy")).isEqualTo("massage");
    }

    @Test
    void aWordIsReadAsAnotherItSoundsLikeOnlyWhereTheWordsBesideItSaySo() {
        PhraseMatcher clinic = PhraseMatcher.of("en", Map.of(
                "message", List.of("leave a message"),
                "massage", List.of("massage therapy"),
                "conditions", List.of("back pain")));
        assertThat(clinic.rank("i had a massage for my back pain")).extracting(PhraseMatcher.Match::destination)
                .as("massage beside back pain is the massage said").doesNotContain("message");
        assertThat(best(clinic, "can i leave a massage")).isEqualTo("message");
    }

    @Test
    void aWordNoExampleHasIsCountedAgainstAShortMatch() {
        PhraseMatcher hours = PhraseMatcher.of("en", Map.of(
                "hours", List.of("saturday", "are you open"),
                "conditions", List.of("back pain")));
        PhraseMatcher.Match snow = hours.rank("will it snow on saturday").get(0);
        assertThat(snow.destination()).isEqualTo("hours");
        assertThat(snow.strange()).as("snow").isEqualTo(1);
        assertThat(snow.wordsSaid()).isEqualTo(2);
        assertThat(hours.rank("are you open on saturday").get(0).strange()).isZero();
        assertThat(hours.rank("is it saturday my back pain").get(0).strange())
                .as("a word another destination has is no stranger").isZero();
    }

    @Test
    void aWordOfFiveLettersMayMissByALetterAShorterOneMayNot() {
        PhraseMatcher braces = PhraseMatcher.of("en", Map.of(
                "braces", List.of("a back brace"),
                "hands", List.of("hand pain")));
        assertThat(best(braces, "bract")).isEqualTo("braces");
        assertThat(braces.rank("bract").get(0).score()).isLessThan(1.0);
        assertThat(best(braces, "hang")).as("hang is not hand").isNotEqualTo("hands");
    }

    @Test
    void theMoreLettersASlipMissesTheLessItCountsAndThreeAreTooMany() {
        double word = score(english, "osteoporosis");
        double oneLetter = score(english, "osteoporsis");
        double twoLetters = score(english, "osteoprsis");
        assertThat(oneLetter).isLessThan(word);
        assertThat(twoLetters).isGreaterThan(0).isLessThan(oneLetter);
        assertThat(best(english, "osteoprss")).as("three letters from any example").isNotEqualTo("safety");
        assertThat(score(english, "sciatica")).isGreaterThan(score(english, "sciatika"));
    }

    @Test
    void aWordSplitInTwoCountsAsTheWordAndTwoThatSoundLikeItCountLess() {
        assertThat(score(spanish, "si guiente")).isCloseTo(score(spanish, "siguiente"), within(1e-9));
        assertThat(score(english, "voice mail")).isCloseTo(score(english, "voicemail"), within(1e-9));
        assertThat(score(english, "i have sigh attica")).isGreaterThan(0).isLessThan(score(english, "i have sciatica"));
    }

    @Test
    void aKnownWordHeardForAnotherCountsLessThanTheOtherSaidOutright() {
        PhraseMatcher pace = PhraseMatcher.of("en", Map.of(
                "slower", List.of("slower please", "speak slower"),
                "conditions", List.of("lower back pain")));
        List<PhraseMatcher.Match> ranked = pace.rank("lower please");
        assertThat(ranked).extracting(PhraseMatcher.Match::destination).contains("slower");
        assertThat(ranked.stream().filter(m -> m.destination().equals("slower")).findFirst().orElseThrow().score())
                .as("lower may have been slower, but less surely than slower said").isGreaterThan(0)
                .isLessThan(score(pace, "slower please"));
    }

    @Test
    void everydayWordsAreWhatCallersOfALanguageSayAroundAnyRequestAccentsFolded() {
        // Lucene's stop words ("nosotros", "such"), the filler, the words of a key and of the asides, without accents
        assertThat(CallerAnalyzer.everydayWords("es")).contains("la", "nosotros", "que", "oiga", "favor", "oprima", "tele")
                .doesNotContain("qué", "the", "espalda", "");
        assertThat(CallerAnalyzer.everydayWords("en")).contains("the", "such", "into", "press", "quiet")
                .doesNotContain("la", "nosotros", "oprima", "hurt", "");
        assertThat(CallerAnalyzer.everydayWords("fr")).as("a language without lists").isEmpty();
        assertThat(PhraseMatcher.everydayWords("es")).isEqualTo(CallerAnalyzer.everydayWords("es"));
    }
}
