import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;

/**
 * Validates settings (`name=value` arguments) as Neo4j 5.26 does at start with
 * strict validation on: an unknown setting or a bad value is refused. Prints
 * "valid", or "invalid: <Neo4j's message>" and exits 3.
 */
public class CheckNeo4jConfig {
  public static void main(String[] args) {
    Map<String, String> settings = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      settings.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    try {
      Config.newBuilder()
          .set(GraphDatabaseSettings.strict_config_validation, true)
          .setRaw(settings)
          .build();
      System.out.println("valid");
    } catch (RuntimeException e) {
      System.out.println("invalid: " + e.getMessage());
      System.exit(3);
    }
  }
}
