package io.chainsignal.deploy.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.asm.AnnotationVisitor;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.FieldVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.RecordComponentVisitor;

/**
 * The keys of a service's own {@code @ConfigurationProperties} types, read from their
 * class files (no class is loaded): the prefix, then each record component (or field) in
 * dashed form, nested settings types expanded, maps and lists open-ended. This is what
 * spring-boot-configuration-processor would write, derived the same way.
 */
final class SettingsClassReader {

	private static final String CONFIGURATION_PROPERTIES = "Lorg/springframework/boot/context/properties/ConfigurationProperties;";

	private static final Set<String> MAPS = Set.of("Ljava/util/Map;", "Ljava/util/SortedMap;",
			"Ljava/util/NavigableMap;", "Ljava/util/Properties;");

	private static final Set<String> COLLECTIONS = Set.of("Ljava/util/List;", "Ljava/util/Set;",
			"Ljava/util/Collection;", "Ljava/util/SortedSet;");

	private static final int MAX_DEPTH = 8;

	private final Map<String, ClassInfo> classes = new HashMap<>();

	/**
	 * Adds one class file of the service.
	 * @param bytes the class file
	 */
	void add(byte[] bytes) {
		ClassInfo info = new ClassInfo();
		new ClassReader(bytes).accept(info, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
		this.classes.put(info.name, info);
	}

	/**
	 * The keys of every {@code @ConfigurationProperties} type added.
	 * @return the keys
	 */
	List<PropertyKey> keys() {
		List<PropertyKey> keys = new ArrayList<>();
		for (ClassInfo info : this.classes.values()) {
			if (info.prefix != null) {
				expand(info.prefix, info, keys, 0);
			}
		}
		return keys;
	}

	private void expand(String prefix, ClassInfo info, List<PropertyKey> keys, int depth) {
		List<String[]> members = info.recordComponents.isEmpty() ? info.fields : info.recordComponents;
		for (String[] member : members) {
			String name = prefix + "." + RelaxedNames.dashed(member[0]);
			String descriptor = member[1];
			ClassInfo nested = (descriptor.startsWith("L"))
					? this.classes.get(descriptor.substring(1, descriptor.length() - 1)) : null;
			if (MAPS.contains(descriptor)) {
				keys.add(new PropertyKey(name, PropertyKey.Kind.MAP));
			}
			else if (COLLECTIONS.contains(descriptor) || descriptor.startsWith("[")) {
				keys.add(new PropertyKey(name, PropertyKey.Kind.LIST));
			}
			else if (nested != null && !nested.isEnum && depth < MAX_DEPTH) {
				expand(name, nested, keys, depth + 1);
			}
			else {
				keys.add(new PropertyKey(name, PropertyKey.Kind.VALUE));
			}
		}
	}

	/** What one class file says about itself. */
	private static final class ClassInfo extends ClassVisitor {

		String name;

		String prefix;

		boolean isEnum;

		final List<String[]> recordComponents = new ArrayList<>();

		final List<String[]> fields = new ArrayList<>();

		ClassInfo() {
			super(Opcodes.ASM9);
		}

		@Override
		public void visit(int version, int access, String name, String signature, String superName,
				String[] interfaces) {
			this.name = name;
			this.isEnum = (access & Opcodes.ACC_ENUM) != 0;
		}

		@Override
		public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
			if (!CONFIGURATION_PROPERTIES.equals(descriptor)) {
				return null;
			}
			return new AnnotationVisitor(Opcodes.ASM9) {

				@Override
				public void visit(String attribute, Object value) {
					if (("value".equals(attribute) || "prefix".equals(attribute)) && !value.toString().isEmpty()) {
						ClassInfo.this.prefix = value.toString();
					}
				}

			};
		}

		@Override
		public RecordComponentVisitor visitRecordComponent(String name, String descriptor, String signature) {
			this.recordComponents.add(new String[] { name, descriptor });
			return null;
		}

		@Override
		public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
			if ((access & (Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC)) == 0) {
				this.fields.add(new String[] { name, descriptor });
			}
			return null;
		}

	}

}
