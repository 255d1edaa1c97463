package org.archsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private final Catalog catalog = Catalog.standard();

    @Test
    void coversEveryRequiredKind() {
        assertThat(catalog.kinds()).extracting(ComponentKind::id).containsExactly(
                "client", "dns", "cdn", "api-gateway", "load-balancer", "service", "cache", "database", "queue",
                "worker", "blob-storage");
    }

    @Test
    void everyDefaultPassesItsOwnCheckAndEveryParamIsDescribed() {
        for (ComponentKind k : catalog.kinds()) {
            assertThat(k.id()).matches("[a-z][a-z-]*");
            assertThat(k.description()).isNotBlank();
            for (ParamSpec p : k.params()) {
                assertThat(p.check(p.defaultValue())).as(k.id() + "." + p.key()).isEmpty();
                assertThat(p.description()).as(k.id() + "." + p.key()).isNotBlank().doesNotContain("\n");
            }
        }
        catalog.linkParams().forEach(p -> assertThat(p.check(p.defaultValue())).as(p.key()).isEmpty());
    }

    @Test
    void theoryParametersHaveTheirContractNamesAndMeanings() {
        ComponentKind service = catalog.require("service");
        assertThat(service.param("workers")).get().extracting(ParamSpec::type).isEqualTo(ParamType.INT);
        assertThat(service.param("serviceDist").orElseThrow().choices())
                .containsExactly("exponential", "constant", "lognormal", "uniform");
        assertThat(service.param("callMode").orElseThrow().defaultValue()).isEqualTo("blocking");
        assertThat(service.param("queueCapacity").orElseThrow().min()).isEqualTo(-1.0);
        assertThat(catalog.require("load-balancer").param("algorithm").orElseThrow().choices())
                .containsExactly("round-robin", "least-connections", "ip-hash", "weighted", "random");
        assertThat(catalog.require("client").param("rps")).isPresent();
        assertThat(catalog.require("client").param("readRatio")).isPresent();
        assertThat(catalog.linkParam("latencyMs").orElseThrow().defaultValue()).isEqualTo(0.0);
        assertThat(catalog.require("database").param("role").orElseThrow().choices()).containsExactly("primary", "replica");
    }

    @Test
    void onlyClientsRefuseInboundLinksAndOnlyBlobStorageRefusesOutbound() {
        assertThat(catalog.kinds()).filteredOn(k -> !k.inbound()).extracting(ComponentKind::id).containsExactly("client");
        assertThat(catalog.kinds()).filteredOn(k -> !k.outbound()).extracting(ComponentKind::id)
                .containsExactly("blob-storage");
    }

    @Test
    void checkExplainsWhatIsWrong() {
        ParamSpec workers = catalog.require("service").param("workers").orElseThrow();
        assertThat(workers.check(0)).contains("must be ≥ 1, was 0");
        assertThat(workers.check(2.5)).contains("must be integer, was 2.5");
        assertThat(workers.check("8")).contains("must be integer, was \"8\"");
        assertThat(workers.normalize(8L)).contains(8);
        ParamSpec dist = catalog.require("service").param("serviceDist").orElseThrow();
        assertThat(dist.check("gamma")).contains("must be one of exponential, constant, lognormal, uniform, was \"gamma\"");
        ParamSpec weights = catalog.require("load-balancer").param("weights").orElseThrow();
        assertThat(weights.check(Map.of("a", -1))).contains("weight of \"a\" must be ≥ 0, was -1");
        assertThat(weights.normalize(Map.of("b", 2, "a", 1))).get().isEqualTo(Map.of("a", 1.0, "b", 2.0));
        assertThat(catalog.require("client").param("rps").orElseThrow().check(Double.NaN)).isPresent();
    }

    @Test
    void unknownKindNamesTheKnownOnes() {
        assertThatThrownBy(() -> catalog.require("mainframe"))
                .hasMessageContaining("unknown kind \"mainframe\"").hasMessageContaining("load-balancer");
    }

    @Test
    void specsRefuseInconsistentDeclarations() {
        assertThatThrownBy(() -> ParamSpec.choice("x", "c", List.of("a", "b"), "d")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ComponentKind("k", "K", Category.COMPUTE, "k.svg", "d",
                List.of(ParamSpec.bool("a", true, "d"), ParamSpec.bool("a", false, "d")), true, true))
                .hasMessageContaining("declared twice");
    }
}
