package org.archsim.app.palette;

import static org.assertj.core.api.Assertions.assertThat;

import org.archsim.model.Catalog;
import org.archsim.model.Category;
import org.junit.jupiter.api.Test;

class PaletteViewModelTest {

    private final PaletteViewModel vm = new PaletteViewModel(Catalog.standard().kinds());

    @Test
    void everyKindIsShownGroupedByCategoryInPaletteOrder() {
        assertThat(vm.groupsProperty().get()).extracting(PaletteViewModel.Group::category)
                .containsExactly(Category.values());
        assertThat(vm.visibleKinds()).hasSize(Catalog.standard().kinds().size());
    }

    @Test
    void typingNarrowsByNameCategoryOrDescription() {
        vm.filterProperty().set("data");
        assertThat(vm.visibleKinds()).extracting(k -> k.id()).contains("database", "cache");
        vm.filterProperty().set("load bal");
        assertThat(vm.visibleKinds()).extracting(k -> k.id()).containsExactly("load-balancer");
        vm.filterProperty().set("QUEUE");
        assertThat(vm.visibleKinds()).extracting(k -> k.id()).contains("queue", "worker");
        vm.filterProperty().set("zzz");
        assertThat(vm.groupsProperty().get()).isEmpty();
        vm.filterProperty().set("");
        assertThat(vm.visibleKinds()).hasSize(Catalog.standard().kinds().size());
    }
}
