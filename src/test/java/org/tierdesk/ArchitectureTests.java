package org.tierdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Layout rules that Spring Modulith does not see.
 */
class ArchitectureTests {

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.tierdesk");

	@Test
	void entitiesLiveInDomainPackagesAndAreHidden() {
		classes().that()
			.areAnnotatedWith(Entity.class)
			.should()
			.resideInAPackage("..domain..")
			.andShould()
			.notBePublic()
			.check(classes);
	}

	@Test
	void controllersLiveInWebOrApiPackages() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAnyPackage("..web..", "..api..", "..portal..")
			.andShould()
			.notBePublic()
			.check(classes);
	}

	@Test
	void domainDoesNotKnowTheWeb() {
		noClasses().that()
			.resideInAPackage("..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "..web..", "org.tierdesk.api..")
			.check(classes);
	}

	@Test
	void noFieldInjection() {
		fields().should().notBeAnnotatedWith(Autowired.class).check(classes);
	}

}
