package fr.ess.rules.lifecycle;

import fr.ess.core.testing.property.Gen;
import static fr.ess.core.testing.SampleDossiers.cardiologist;
import static fr.ess.core.testing.SampleDossiers.nurse;
import static fr.ess.core.testing.SampleDossiers.rpps;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.identity.Identifier;
import fr.ess.core.identity.Siren;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.Ess;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import fr.ess.core.profession.PracticeSetting;
import fr.ess.core.profession.PracticeStatus;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.HealthProject;
import fr.ess.core.project.Mission;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import fr.ess.core.testing.IdentifierArbitraries;
import fr.ess.core.testing.SampleDossiers;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * Generators of command sequences for the lifecycle properties — « générateurs de commandes ».
 *
 * <p>A sequence is generated as a list of abstract {@link Intent}s ("spend about half of the balance",
 * "pause the third member", "grant as funder 2 but with another kind") that are turned into concrete
 * commands against the state reached so far ({@link Intent#against}). So the histories are mostly valid
 * (LABEL, grants, spending within the balance, changes of existing members, territory changes with
 * consultations, amendments, sometimes a dissolution), invalid commands are mixed in (wrong state, past
 * dates, unknown members, overdrafts, funder ids reused with another kind, blank decisions…), and the engine
 * shrinks a failing history by dropping or simplifying intents while each remaining intent keeps its
 * meaning.
 */
public final class CommandArbitraries {

    private CommandArbitraries() {
    }

    /** The funders intents pick from (a funder id always comes with its kind here, unless told otherwise). */
    static final Seq<Funder> FUNDERS = List.of(Funder.of("ARS-CVL", FunderKind.ARS), Funder.of("CPAM-37", FunderKind.CPAM),
            Funder.of("CPAM-41", FunderKind.CPAM), Funder.of("REGION-CVL", FunderKind.REGION),
            Funder.of("CD-37", FunderKind.DEPARTMENT), Funder.of("TOURS", FunderKind.MUNICIPALITY));

    /** The actions spending names: those of the sample, the one amendments add, and one that never exists. */
    static final Seq<String> ACTIONS = List.of("A1", "A2", "A3", "A9");

    /** The territories of territory changes. */
    static final Seq<Seq<String>> TERRITORIES = List.of(List.of("37", "41"), List.of("18", "37", "41"), List.of("37"),
            List.of("37", "41", "45"), List.of("41"));

    /** An abstract step of a history, turned into a command against the current state. */
    public sealed interface Intent {

        /** @return days after the last event (negative: a date in the past, refused by LIFE-03) */
        int days();

        /**
         * The command at a date.
         *
         * @param state the current state
         * @param date the command's date
         * @return the command
         */
        Command command(Ess state, LocalDate date);

        /**
         * The concrete command against the current state, dated {@link #days()} after its last event (or on the
         * last or first day Java represents, when that is beyond it).
         *
         * @param state the current state
         * @return the command
         */
        default Command against(Ess state) {
            LocalDate last = state.lastEventDate();
            long day = last.toEpochDay() + days();
            return command(state, day > LocalDate.MAX.toEpochDay() ? LocalDate.MAX
                    : day < LocalDate.MIN.toEpochDay() ? LocalDate.MIN : last.plusDays(days()));
        }
    }

    /** Labelling. */
    public record Label(int days) implements Intent {
        @Override
        public Command command(Ess state, LocalDate date) {
            return new Command.Label(date, "ARS Centre-Val de Loire, décision " + date);
        }
    }

    /** A grant of funder {@code funder % 6}, with another kind when {@code otherKind}. */
    public record Grant(int days, int funder, boolean otherKind, long cents, boolean monitored) implements Intent {
        @Override
        public Command command(Ess state, LocalDate date) {
            Funder f = FUNDERS.get(Math.floorMod(funder, FUNDERS.size()));
            FunderKind kind = otherKind ? FunderKind.values()[(f.kind().ordinal() + 1) % FunderKind.values().length]
                    : f.kind();
            return new Command.Grant(date, Funder.of(f.id(), kind), Money.ofCents(cents),
                    monitored ? List.of("Indicateur de suivi " + f.id()) : List.empty());
        }
    }

    /** Spending {@code perMille} ‰ of the balance (at least a cent), or the balance plus {@code overdraft} cents. */
    public record Spend(int days, int action, int perMille, long overdraft) implements Intent {
        @Override
        public Command command(Ess state, LocalDate date) {
            long balance = state.ledger().balance().cents();
            long cents = overdraft > 0 ? balance + overdraft : Math.max(1, balance * perMille / 1000);
            return new Command.Spend(date, ACTIONS.get(Math.floorMod(action, ACTIONS.size())), Money.ofCents(cents));
        }
    }

    /** Who joins. */
    public enum Newcomer {
        /** A new liberal cardiologist. */
        CARDIOLOGIST,
        /** A new nurse. */
        NURSE,
        /** A member already listed (COMP-05). */
        DUPLICATE,
        /** A legal entity (COMP-03). */
        LEGAL_ENTITY
    }

    /** A member joins. */
    public record AddMember(int days, int n, Newcomer who) implements Intent {
        @Override
        public Command command(Ess state, LocalDate date) {
            Seq<Member> members = state.dossier().members();
            Member member = switch (who) {
                case CARDIOLOGIST -> cardiologist(100 + n, n % 2 == 0 ? "37" : "41");
                case NURSE -> nurse(200 + n, "37");
                case DUPLICATE -> members.isEmpty() ? cardiologist(1, "37") : members.get(Math.floorMod(n, members.size()));
                case LEGAL_ENTITY -> SampleDossiers.physician(
                        Siren.of(IdentifierArbitraries.withLuhnKey(String.format("372%05d", n))), "Clinique " + n,
                        SampleDossiers.cardiology(), "37")
                        .withPracticeSetting(PracticeSetting.FACILITY).withPracticeStatus(PracticeStatus.SALARIED);
            };
            return new Command.AddMember(date, member);
        }
    }

    /**
     * Which member a command names: the {@code member}-th of the current members in the given status (of all
     * members when none has it), or an unknown one if {@code member} is negative.
     */
    static Identifier named(Ess state, int member, MemberStatus status) {
        Seq<Member> members = state.dossier().members();
        Seq<Member> candidates = members.filter(m -> m.status() == status).orElse(members);
        return member < 0 || candidates.isEmpty() ? rpps(999) : candidates.get(member % candidates.size()).id();
    }

    /** A member leaves (the {@code member}-th active one, or an unknown one if negative). */
    public record RemoveMember(int days, int member) implements Intent {
        @Override
        public Command command(Ess state, LocalDate date) {
            return new Command.RemoveMember(date, named(state, member, MemberStatus.ACTIVE));
        }
    }

    /** A member pauses: an active one if {@code consistent}, else a paused one (refused by LIFE-06). */
    public record PauseMember(int days, int member, boolean consistent) implements Intent {
        @Override
        public Command command(Ess state, LocalDate date) {
            return new Command.PauseMember(date, named(state, member, consistent ? MemberStatus.ACTIVE : MemberStatus.PAUSED));
        }
    }

    /** A member comes back: a paused one if {@code consistent}, else an active one (refused by LIFE-06). */
    public record ResumeMember(int days, int member, boolean consistent) implements Intent {
        @Override
        public Command command(Ess state, LocalDate date) {
            return new Command.ResumeMember(date, named(state, member, consistent ? MemberStatus.PAUSED : MemberStatus.ACTIVE));
        }
    }

    /** The territory becomes {@code TERRITORIES[territory]}, with a consultation of all its departments if {@code consulted}. */
    public record ChangeTerritory(int days, int territory, boolean consulted) implements Intent {
        @Override
        public Command command(Ess state, LocalDate date) {
            Seq<String> codes = TERRITORIES.get(Math.floorMod(territory, TERRITORIES.size()));
            Option<Consultation> consultation = consulted
                    ? Option.of(Consultation.of(date, codes.map(SampleDossiers::department))) : Option.none();
            return new Command.ChangeTerritory(date, SampleDossiers.territory(codes.toJavaArray(String[]::new)),
                    consultation);
        }
    }

    /** What an amendment changes. */
    public enum Amendment {
        /** A new action A3 with its budget line and the exchange with the funders (accepted). */
        NEW_ACTION,
        /** The title of action A1 (a project change only, accepted). */
        RETITLE,
        /** One more cent on every budget line, without project change nor exchange (BUD-02 after labelling). */
        BUDGET_ONLY,
        /** The structuring core mission is dropped (PROJ-01 after labelling). */
        DROP_CORE_MISSION
    }

    /** An amendment of the current project or budget. */
    public record Amend(int days, Amendment what) implements Intent {
        @Override
        public Command command(Ess state, LocalDate date) {
            Dossier d = state.dossier();
            HealthProject project = d.healthProject();
            return switch (what) {
                case NEW_ACTION -> new Command.Amend(date,
                        Option.of(project.withActions(project.actions().filter(a -> !a.id().equals("A3"))
                                .append(Action.of("A3", ActionCategory.TRAINING_AND_PATHWAYS, "Formation " + date)))),
                        Option.of(d.budget().filter(l -> !l.action().equals("A3"))
                                .append(BudgetLine.of("A3", Money.ofCents(500_000), "Formation " + date))),
                        Option.of("Échange CPAM-ARS du " + date));
                case RETITLE -> new Command.Amend(date, Option.of(project.withActions(project.actions()
                        .map(a -> a.id().equals("A1") ? Action.of("A1", a.category(), "Réseau " + date) : a))),
                        Option.none(), Option.none());
                case BUDGET_ONLY -> new Command.Amend(date, Option.none(), Option.of(d.budget()
                        .map(l -> BudgetLine.of(l.action(), l.amount().plus(Money.ofCents(1)), l.label()))),
                        Option.none());
                case DROP_CORE_MISSION -> new Command.Amend(date,
                        Option.of(project.withMissions(project.missions().remove(Mission.SECOND_LINE_STRUCTURING))),
                        Option.none(), Option.none());
            };
        }
    }

    /** The dissolution, with a blank decision (LIFE-05) when {@code blank}. */
    public record Dissolve(int days, boolean blank) implements Intent {
        @Override
        public Command command(Ess state, LocalDate date) {
            return new Command.Dissolve(date, blank ? " " : "AGE du " + date);
        }
    }

    // ----------------------------------------------------------------------------------------------

    /** @return days after the last event: mostly 0 to 30, sometimes 1 to 10 days in the past */
    public static Gen<Integer> days() {
        return Gen.frequency(
                Gen.weighted(15, Gen.integers(0, 30)),
                Gen.weighted(1, Gen.integers(-10, -1)));
    }

    /** @return grant amounts: mostly ordinary, sometimes a cent, sometimes near the maximum of 999 999 999.99 */
    public static Gen<Long> grantCents() {
        long max = Money.MAX_AMOUNT.cents();
        return Gen.frequency(
                Gen.weighted(6, Gen.longs(100_000, 10_000_000)),
                Gen.weighted(1, Gen.longs(1, 100)),
                Gen.weighted(1, Gen.longs(max - 100, max)));
    }

    private static Gen<Boolean> mostly(boolean value, int weight) {
        return Gen.frequency(Gen.weightedValue(weight, value), Gen.weightedValue(1, !value));
    }

    /** @return a valid-looking grant: a known funder with its kind, an amount, monitoring indicators */
    public static Gen<Intent> grants() {
        Gen<Integer> funder = Gen.integers(0, FUNDERS.size() - 1);
        return source -> new Grant(source.draw(days()), source.draw(funder), source.draw(mostly(false, 12)),
                source.draw(grantCents()), source.draw(mostly(true, 8)));
    }

    /** @return one intent of any kind, valid ones being the most frequent */
    public static Gen<Intent> intents() {
        Gen<Integer> member = Gen.frequency(
                Gen.weighted(12, Gen.integers(0, 20)),
                Gen.weightedValue(1, -1));
        Gen<Intent> label = days().map(Label::new);
        Gen<Integer> action = Gen.frequency(Gen.weighted(8, Gen.integers(0, 1)), Gen.weighted(1, Gen.integers(2, 3)));
        Gen<Long> overdraft = Gen.frequency(Gen.weightedValue(10, 0L), Gen.weighted(1, Gen.longs(1, 100)));
        Gen<Intent> spend = source -> new Spend(source.draw(days()), source.draw(action), source.draw(Gen.integers(1, 1000)),
                source.draw(overdraft));
        Gen<Newcomer> newcomer = Gen.frequency(Gen.weightedValue(6, Newcomer.CARDIOLOGIST), Gen.weightedValue(2, Newcomer.NURSE),
                Gen.weightedValue(1, Newcomer.DUPLICATE), Gen.weightedValue(1, Newcomer.LEGAL_ENTITY));
        Gen<Intent> add = source -> new AddMember(source.draw(days()), source.draw(Gen.integers(0, 50)), source.draw(newcomer));
        Gen<Intent> remove = source -> new RemoveMember(source.draw(days()), source.draw(member));
        Gen<Intent> pause = source -> new PauseMember(source.draw(days()), source.draw(member), source.draw(mostly(true, 6)));
        Gen<Intent> resume = source -> new ResumeMember(source.draw(days()), source.draw(member), source.draw(mostly(true, 6)));
        Gen<Intent> territory = source -> new ChangeTerritory(source.draw(days()),
                source.draw(Gen.integers(0, TERRITORIES.size() - 1)), source.draw(mostly(true, 4)));
        Gen<Intent> amend = source -> new Amend(source.draw(days()), source.draw(Gen.of(Amendment.class)));
        Gen<Intent> dissolve = source -> new Dissolve(source.draw(days()), source.draw(mostly(false, 6)));
        return Gen.frequency(
                Gen.weighted(4, label),
                Gen.weighted(10, grants()),
                Gen.weighted(12, spend),
                Gen.weighted(4, add),
                Gen.weighted(3, remove),
                Gen.weighted(4, pause),
                Gen.weighted(4, resume),
                Gen.weighted(3, territory),
                Gen.weighted(4, amend),
                Gen.weighted(2, dissolve));
    }

    /**
     * @return a history: most often it starts by labelling and a first grant, then up to 30 intents of any
     *     kind
     */
    public static Gen<Seq<Intent>> histories() {
        Gen<Seq<Intent>> labelAndGrant = source -> List.of(new Label(source.draw(days())), source.draw(grants()));
        Gen<Seq<Intent>> start = Gen.frequency(
                Gen.weighted(3, labelAndGrant),
                Gen.weightedValue(1, List.empty()));
        Gen<Seq<Intent>> rest = intents().list().ofMaxSize(30).uniformSize().map(List::ofAll);
        return source -> source.draw(start).appendAll(source.draw(rest));
    }
}
