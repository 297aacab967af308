package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.domain.LocationAvailability;
import io.opendoms.inventory.domain.SkuAvailability;
import java.util.List;
import org.mapstruct.Mapper;

@Mapper
public interface AvailabilityWebMapper {

    List<AvailabilityResponse.Item> toItems(List<SkuAvailability> availability);

    AvailabilityResponse.Item toItem(SkuAvailability availability);

    AvailabilityResponse.AtLocation toAtLocation(LocationAvailability availability);
}
