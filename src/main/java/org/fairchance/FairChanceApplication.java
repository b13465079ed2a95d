package org.fairchance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FairChanceApplication {

  public static void main(String[] args) {
    SpringApplication.run(FairChanceApplication.class, args);
  }
}
