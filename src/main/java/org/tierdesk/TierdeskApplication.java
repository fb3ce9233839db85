package org.tierdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tierdesk: a tiered help desk.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TierdeskApplication {

	public static void main(String[] args) {
		SpringApplication.run(TierdeskApplication.class, args);
	}

}
