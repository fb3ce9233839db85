package org.tierdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules and their allowed dependencies hold; the module diagrams are written to
 * target/spring-modulith-docs.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(TierdeskApplication.class);

	@Test
	void shouldKeepModuleBoundaries() {
		modules.verify();
	}

	@Test
	void shouldWriteModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
