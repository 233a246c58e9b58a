package fr.ess.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Message templates, rendered on read. */
@DisplayName("Modèles de message : rendus à la lecture, en français et en anglais")
class TemplateTest {

    private static final Template SHARE = Template.of("T.share", "{counted} comptés ({share} %) — {ok} ; {names}",
            "{counted} counted ({share} %) — {ok}; {names}");

    @Test
    @DisplayName("les arguments se rendent selon la langue : virgule décimale en français, oui/non, listes")
    void rendersArguments() {
        Facts args = Facts.none().with("counted", 10).with("share", new BigDecimal("10.50")).with("ok", true)
                .withTexts("names", List.of("a", "b"));
        Message m = Message.of(SHARE, args);
        assertThat(m.fr()).isEqualTo("10 comptés (10,5 %) — oui ; a, b");
        assertThat(m.en()).isEqualTo("10 counted (10.5 %) — yes; a, b");
        assertThat(m.in(Language.EN)).isEqualTo(m.en());
        assertThat(m.key()).isEqualTo("T.share");
        assertThat(m.args()).isSameAs(args);
        assertThat(SHARE.placeholders()).containsExactly("counted", "share", "ok", "names");
        assertThat(Message.of(SHARE, Facts.none().with("ok", false)).en()).isEqualTo("{counted} counted ({share} %) — no; {names}");
        assertThat(Message.of(Template.of("k", "{r}", "{r}"), Facts.none().with("r", new Fact.Fields(
                LinkedHashMap.of("ess", Fact.of("E1"), "n", Fact.of(100))))).fr()).isEqualTo("ess=E1, n=100");
    }

    @Test
    @DisplayName("une accolade littérale s'écrit {{} ; une accolade non fermée ou vide est refusée")
    void braces() {
        assertThat(Message.of(Template.of("k", "a {{}b}", "x")).fr()).isEqualTo("a {b}");
        assertThat(Message.of(Text.of("{pas un argument}", "{not one}")).text()).isEqualTo(Text.of("{pas un argument}",
                "{not one}"));
        assertThatThrownBy(() -> Template.of("k", "a {b", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Template.of("k", "x", "a {}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("des messages joints se lisent avec « ; » ; deux messages sont égaux quand ils se lisent pareil")
    void joinedAndEquality() {
        Message a = Message.of(Text.of("un", "one"));
        Message b = Message.of(Template.of("k", "{n}", "{n}"), Facts.none().with("n", "deux"));
        Message joined = Message.joined(List.of(a, b));
        assertThat(joined.text()).isEqualTo(Text.of("un ; deux", "one; deux"));
        assertThat(joined.key()).isEmpty();
        assertThat(joined).isEqualTo(Message.of(Text.of("un ; deux", "one; deux")))
                .hasSameHashCodeAs(Message.of(Text.of("un ; deux", "one; deux"))).isNotEqualTo("un ; deux");
        assertThat(joined.toString()).isEqualTo("un ; deux");
    }
}
