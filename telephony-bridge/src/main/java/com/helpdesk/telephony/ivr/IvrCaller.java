package com.helpdesk.telephony.ivr;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer the IVR identified, with the devices the caller may report a fault on.
 *
 * @param matchedDevice the device whose serial identified the caller, or null
 */
public record IvrCaller(UUID customerId, List<Device> devices, UUID matchedDevice) {

    public IvrCaller {
        Objects.requireNonNull(customerId, "customerId");
        devices = devices == null ? List.of() : List.copyOf(devices);
    }

    /**
     * A device as the caller hears it: its product line and the last digits of its serial.
     *
     * @param serialTail up to four trailing digits of the serial number, to tell devices apart
     */
    public record Device(UUID id, String productLine, String model, String serialTail) {
    }
}
