package fr.ess.core.dossier;

import fr.ess.core.geography.Territory;
import fr.ess.core.identity.Identifier;
import fr.ess.core.money.Money;
import fr.ess.core.problem.Invariants;
import fr.ess.core.profession.Specialty;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.HealthProject;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.LegalStructure;
import fr.ess.core.team.Member;
import fr.ess.core.team.Partner;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The dossier of an ESS — « dossier de l'équipe de soins spécialisés »: everything the rules look at.
 *
 * <p>An ESS is « un ensemble de professionnels de santé constitué autour de médecins spécialistes d'une
 * ou plusieurs spécialités hors médecine générale, choisissant d'assurer leurs activités de soins de
 * façon coordonnée avec l'ensemble des acteurs d'un territoire, dont les équipes de soins primaires, sur
 * la base d'un projet de santé qu'ils élaborent entre eux » (CSP art. L. 1411-11-1).
 *
 * <p>Only structure is enforced here (non-blank id and name). Everything regulatory — a general-medicine
 * specialty, an empty territory, a legal entity among the members, a duplicate member — stays
 * representable, because the rules report it with their IDs.
 */
@Value.Immutable
public abstract class Dossier implements WithDossier {

    /** @return the ESS's id (stable, chosen by the caller) — « identifiant de l'ESS » */
    public abstract String id();

    /** @return the ESS's name — « nom » */
    public abstract String name();

    /** @return the date the draft was created — « date de création » (the {@code Created} event's date) */
    public abstract LocalDate createdOn();

    /** @return the principal specialty — « spécialité principale » (COMP-01, COMP-06, TERR-02) */
    public abstract Specialty specialty();

    /** @return the territory — « territoire » */
    public abstract Territory territory();

    /** @return the legal structure, absent in an early draft — « structure juridique » */
    @Value.Default
    public Option<LegalStructure> legalStructure() {
        return Option.none();
    }

    /** @return the consultations of the territory's specialists, in the order recorded — « consultations » */
    @Value.Default
    public Seq<Consultation> consultations() {
        return List.empty();
    }

    /** @return the members, in the order of the dossier — « membres » */
    @Value.Default
    public Seq<Member> members() {
        return List.empty();
    }

    /** @return the partners — « partenaires » */
    @Value.Default
    public Seq<Partner> partners() {
        return List.empty();
    }

    /** @return the health project — « projet de santé » */
    public abstract HealthProject healthProject();

    /** @return the budget lines — « budget » */
    @Value.Default
    public Seq<BudgetLine> budget() {
        return List.empty();
    }

    /**
     * @return the derogations granted to the ESS, in the order recorded — « dérogations » (national
     *     framework of 2025; rule DER-01 checks them, and a waived rule's violation becomes a warning)
     */
    @Value.Default
    public Seq<Derogation> derogations() {
        return List.empty();
    }

    /** @return the members whose status is ACTIVE — « membres actifs » */
    public Seq<Member> activeMembers() {
        return members().filter(Member::active);
    }

    /** @return the project leaders — « porteurs du projet » */
    public Seq<Member> projectLeaders() {
        return members().filter(Member::projectLeader);
    }

    /**
     * Finds a member by identifier.
     *
     * @param id an identifier
     * @return the first member with that identifier
     */
    public Option<Member> member(Identifier id) {
        return members().find(m -> m.id().equals(id));
    }

    /**
     * The identifiers listed for more than one member — « membres inscrits plusieurs fois ». Derived from
     * {@link #members()} once per dossier value, on first use (the dossier is immutable), so the rules that
     * count distinct persons need no set of their own when it is empty, which is the usual case.
     *
     * @return the repeated identifiers, sorted; empty when every member is listed once
     */
    @Value.Lazy
    public SortedSet<Identifier> duplicateMemberIds() {
        return TreeSet.ofAll(Invariants.repeated(members(), Member::id).map(Member::id));
    }

    /** @return the total of the budget lines — « budget total » */
    public Money budgetTotal() {
        return Money.sum(budget().map(BudgetLine::amount));
    }

    @Value.Check
    void check() {
        Invariants.require("Dossier", Invariants.nonBlank("id", id()).appendAll(Invariants.nonBlank("name", name())));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builder of {@link Dossier}. Besides the Vavr setters it accepts {@code java.util} collections and a
     * plain legal structure, so that an application builds a dossier without importing Vavr.
     */
    public static final class Builder extends ImmutableDossier.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }

        /**
         * @param legalStructure the legal structure — « structure juridique »
         * @return this builder
         */
        public Builder legalStructure(LegalStructure legalStructure) {
            return legalStructure(Option.of(legalStructure));
        }

        /**
         * @param consultations the consultations, in the order recorded (a {@code java.util} collection)
         * @return this builder
         */
        public Builder consultations(java.util.Collection<? extends Consultation> consultations) {
            return consultations(List.ofAll(consultations));
        }

        /**
         * @param members the members, in the order of the dossier (a {@code java.util} collection)
         * @return this builder
         */
        public Builder members(java.util.Collection<? extends Member> members) {
            return members(List.ofAll(members));
        }

        /**
         * @param partners the partners (a {@code java.util} collection)
         * @return this builder
         */
        public Builder partners(java.util.Collection<? extends Partner> partners) {
            return partners(List.ofAll(partners));
        }

        /**
         * @param budget the budget lines (a {@code java.util} collection)
         * @return this builder
         */
        public Builder budget(java.util.Collection<? extends BudgetLine> budget) {
            return budget(List.ofAll(budget));
        }

        /**
         * @param derogations the derogations granted (a {@code java.util} collection)
         * @return this builder
         */
        public Builder derogations(java.util.Collection<? extends Derogation> derogations) {
            return derogations(List.ofAll(derogations));
        }
    }
}
