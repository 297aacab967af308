package io.opendoms.order.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class AddressJpaEmbeddable {

    @Column(name = "ship_name")
    private String name;
    @Column(name = "ship_line1")
    private String line1;
    @Column(name = "ship_line2")
    private String line2;
    @Column(name = "ship_city")
    private String city;
    @Column(name = "ship_region")
    private String region;
    @Column(name = "ship_postal_code")
    private String postalCode;
    @Column(name = "ship_country")
    private String country;
    @Column(name = "ship_latitude")
    private Double latitude;
    @Column(name = "ship_longitude")
    private Double longitude;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLine1() { return line1; }
    public void setLine1(String line1) { this.line1 = line1; }
    public String getLine2() { return line2; }
    public void setLine2(String line2) { this.line2 = line2; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
}
