package fr.ess.core;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.project.Action;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.CommuneCode;
import fr.ess.core.project.HealthProject;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.LegalStructure;
import fr.ess.core.team.Member;
import fr.ess.core.team.Partner;
import fr.ess.core.testing.DossierArbitraries;
import fr.ess.core.testing.ProjectArbitraries;
import fr.ess.core.testing.TeamArbitraries;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import io.vavr.Tuple3;
import io.vavr.Tuple;
import io.vavr.collection.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Equality and hashing of the value types of the dossier: a rebuilt copy is equal and hashes alike,
 * equality is reflexive and symmetric, equal values hash alike, and nothing equals null or another type.
 */
class ValueTypeProperties {

    /** A value, a rebuilt copy of it, and another value of the same type. */
    Gen<Tuple3<Object, Object, Object>> values() {
        return Gen.oneOf(List.of(
                triples(TeamArbitraries.member(), m -> Member.builder().from(m).build()),
                triples(TeamArbitraries.partner(), p -> Partner.builder().from(p).build()),
                triples(TeamArbitraries.legalStructure(), l -> LegalStructure.of(l.form(), l.identifier())),
                triples(TeamArbitraries.consultation(), c -> Consultation.of(c.date(), c.departments().toList().reverse())),
                triples(ProjectArbitraries.action(), a -> Action.builder().from(a).build()),
                triples(ProjectArbitraries.budgetLine(), b -> BudgetLine.of(b.action(), b.amount(), b.label())),
                triples(ProjectArbitraries.healthProject(), h -> HealthProject.builder().from(h).build()),
                triples(ProjectArbitraries.communeCode(), c -> CommuneCode.parse(new String(c.value().toCharArray())).get()),
                triples(DossierArbitraries.admissible(), d -> Dossier.builder().from(d).build())).toJavaList());
    }

    private static <T> Gen<Tuple3<Object, Object, Object>> triples(Gen<T> values, UnaryOperator<T> copy) {
        return values.flatMap(a -> values.map(b -> Tuple.<Object, Object, Object>of(a, copy.apply(a), b)));
    }

    @Test
    void a_rebuilt_copy_is_equal_and_hashes_alike() {
        Property.forAll(values()).tries(500).check(t -> {
            Object value = t._1;
            Object copy = t._2;
            assertThat(copy).isEqualTo(value);
            assertThat(value).isEqualTo(copy).isEqualTo(value);
            assertThat(copy.hashCode()).isEqualTo(value.hashCode());
            assertThat(value.equals(null)).isFalse();
            assertThat(value.equals("not a " + value.getClass().getSimpleName())).isFalse();
        });
    }

    @Test
    void equality_is_symmetric_and_equal_values_hash_alike() {
        Property.forAll(values()).tries(500).check(t -> {
            Object a = t._1;
            Object b = t._3;
            assertThat(a.equals(b)).isEqualTo(b.equals(a));
            if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
            }
        });
    }
}
