package io.opendoms.order.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class CustomerJpaEmbeddable {

    @Column(name = "customer_email")
    private String email;
    @Column(name = "customer_name")
    private String name;

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
