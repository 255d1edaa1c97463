package org.archsim.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.junit.jupiter.api.Test;

class DesignRulesTest {

    private static Component part(Design d, String id, String kind) {
        Component c = new Component(id, Catalog.standard().require(kind), 0, 0);
        d.addComponent(c);
        return c;
    }

    private static Design monolith() {
        Design d = new Design("m");
        part(d, "users", "client");
        part(d, "app", "service");
        part(d, "db", "database");
        d.connect(new Link("users", "app"));
        d.connect(new Link("app", "db"));
        return d;
    }

    private static List<String> subjects(List<Problem> problems, String code) {
        return problems.stream().filter(p -> p.code().equals(code)).flatMap(p -> p.subjects().stream()).toList();
    }

    @Test
    void monolithServerAndDatabaseAreSinglePointsOfFailure() {
        List<Problem> problems = DesignRules.check(monolith());
        assertThat(subjects(problems, "spof")).containsExactly("app", "db");
        assertThat(problems).allMatch(p -> p.severity() == Problem.Severity.WARNING);
        assertThat(problems.get(0).message()).contains("\"app\" is a single point of failure");
    }

    @Test
    void instancesAndReplicasRemoveTheSinglePointsOfFailure() {
        Design d = monolith();
        d.setParam("app", "instances", 2);
        assertThat(subjects(DesignRules.check(d), "spof")).containsExactly("db");
        part(d, "replica", "database");
        d.setParam("replica", "role", "replica");
        d.connect(new Link("db", "replica"));
        assertThat(subjects(DesignRules.check(d), "spof")).isEmpty();
    }

    @Test
    void twoParallelPathsHaveNoCutVertexButTheirJoinDoes() {
        Design d = new Design("p");
        part(d, "users", "client");
        part(d, "lb-a", "load-balancer");
        part(d, "lb-b", "load-balancer");
        part(d, "app", "service");
        part(d, "db", "database");
        d.setParam("db", "role", "primary");
        d.connect(new Link("users", "lb-a"));
        d.connect(new Link("users", "lb-b"));
        d.connect(new Link("lb-a", "app"));
        d.connect(new Link("lb-b", "app"));
        d.connect(new Link("app", "db"));
        assertThat(subjects(DesignRules.check(d), "spof")).containsExactly("app", "db");
    }

    @Test
    void aClientCannotReceiveTrafficAndBlobStorageCannotCall() {
        Design d = monolith();
        part(d, "other", "client");
        part(d, "blob", "blob-storage");
        d.connect(new Link("app", "other"));
        d.connect(new Link("app", "blob"));
        d.connect(new Link("blob", "db"));
        List<Problem> problems = DesignRules.check(d);
        assertThat(subjects(problems, "link-not-allowed")).containsExactly("app->other", "blob->db");
        assertThat(problems.get(0).severity()).isEqualTo(Problem.Severity.ERROR);
        assertThat(DesignRules.hasErrors(problems)).isTrue();
    }

    @Test
    void outOfRangeParameterIsAnErrorWithItsField() {
        Design d = monolith();
        d.setParam("app", "workers", 0);
        d.setLinkParam("app->db", "lossRate", 1.5);
        List<Problem> errors = DesignRules.check(d).stream().filter(p -> p.code().equals("param-range")).toList();
        assertThat(errors).extracting(Problem::field, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("components[app].params.workers", "must be ≥ 1, was 0"),
                org.assertj.core.groups.Tuple.tuple("links[app->db].lossRate", "must be ≤ 1, was 1.5"));
    }

    @Test
    void partsNoClientReachesAreReported() {
        Design d = monolith();
        part(d, "orphan", "service");
        assertThat(subjects(DesignRules.check(d), "unreachable")).containsExactly("orphan");
    }

    @Test
    void loadBalancerWithOneBackendAndUnknownWeightIsWarned() {
        Design d = new Design("lb");
        part(d, "users", "client");
        part(d, "lb", "load-balancer");
        part(d, "app", "service");
        d.connect(new Link("users", "lb"));
        d.connect(new Link("lb", "app"));
        d.setParam("lb", "weights", java.util.Map.of("ghost", 2.0));
        List<Problem> problems = DesignRules.check(d);
        assertThat(subjects(problems, "lb-one-backend")).containsExactly("lb");
        assertThat(problems).filteredOn(p -> p.code().equals("lb-weight-unknown"))
                .extracting(Problem::field).containsExactly("components[lb].params.weights.ghost");
    }

    @Test
    void designWithoutClientsIsWarnedOnce() {
        Design d = new Design("empty-ish");
        part(d, "app", "service");
        List<Problem> problems = DesignRules.check(d);
        assertThat(problems).extracting(Problem::code).containsExactly("no-clients");
    }
}
