package dev.zenneural.gpu;

import dev.zenneural.gpu.opencl.DeviceType;
import dev.zenneural.gpu.opencl.OpenClDeviceInfo;
import dev.zenneural.gpu.opencl.OpenClUnavailableException;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the device the OpenCL backend runs on.
 *
 * <p>The system property {@value #PROPERTY}, else the environment variable {@value #ENV}, names the
 * device: an index into the list of all devices (platform by platform, as {@code
 * OpenClDiscovery.devices()} lists them), or a part of the device's name, ignoring case. Without
 * either, the first GPU is chosen, else the first device.
 */
public final class DeviceSelector {

    /** System property naming the device. */
    public static final String PROPERTY = "zen.opencl.device";
    /** Environment variable naming the device. */
    public static final String ENV = "ZEN_OPENCL_DEVICE";

    private DeviceSelector() {
    }

    /**
     * The device asked for by {@value #PROPERTY} or {@value #ENV}.
     *
     * @return the request, or {@code null} when neither is set
     */
    public static String request() {
        return System.getProperty(PROPERTY, System.getenv(ENV));
    }

    /**
     * Chooses a device.
     *
     * @param devices every device, in discovery order
     * @param request an index or a part of a name; {@code null} or blank for the default choice
     * @return the index of the chosen device in {@code devices}
     * @throws OpenClUnavailableException if there is no device or none fits the request
     */
    public static int select(List<OpenClDeviceInfo> devices, String request) {
        if (devices.isEmpty()) {
            throw OpenClUnavailableException.noDevices(List.of());
        }
        if (request == null || request.isBlank()) {
            for (int i = 0; i < devices.size(); i++) {
                if (devices.get(i).type() == DeviceType.GPU) {
                    return i;
                }
            }
            return 0;
        }
        String wanted = request.trim();
        if (wanted.chars().allMatch(Character::isDigit)) {
            int index = parseIndex(wanted);
            if (index < devices.size()) {
                return index;
            }
            throw noMatch(devices, "device index " + wanted + " is out of range");
        }
        String needle = wanted.toLowerCase(Locale.ROOT);
        for (int i = 0; i < devices.size(); i++) {
            if (devices.get(i).name().toLowerCase(Locale.ROOT).contains(needle)) {
                return i;
            }
        }
        throw noMatch(devices, "no device name contains '" + wanted + "'");
    }

    private static int parseIndex(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            // Only digits, so too long for an int: out of range like any index past the end.
            return Integer.MAX_VALUE;
        }
    }

    /**
     * The devices as a request names them: {@code 0: name; 1: name; ...}, for messages.
     *
     * @param devices every device, in discovery order
     * @return the list
     */
    public static String list(List<OpenClDeviceInfo> devices) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < devices.size(); i++) {
            list.append(i == 0 ? "" : "; ").append(i).append(": ").append(devices.get(i).name());
        }
        return list.toString();
    }

    private static OpenClUnavailableException noMatch(List<OpenClDeviceInfo> devices, String why) {
        return new OpenClUnavailableException(PROPERTY + " / " + ENV + ": " + why + " (devices: " + list(devices) + ")",
                "set " + PROPERTY + " or " + ENV + " to an index from 0 to " + (devices.size() - 1)
                        + " or to part of a device name, or unset it to prefer the first GPU",
                null);
    }
}
